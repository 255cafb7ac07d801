import base64
for n in range(6):
    data = bytes(range(250, 250 + n)) if n else b""
    data = bytes(b % 256 for b in data)
    print(n, base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
print(base64.b64decode(b"-_-_", altchars=b"-_"), base64.urlsafe_b64decode("____"), base64.b32decode("mfrgg===", casefold=True))
try:
    base64.b32decode("1234")
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    base64.b16decode("abc")
except Exception as e:
    print(type(e).__name__ + ":", e)
print(base64.b64encode("text".encode()), base64.b64decode(base64.b64encode(b"\x00" * 5)))
