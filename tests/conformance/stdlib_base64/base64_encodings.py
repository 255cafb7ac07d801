import base64
data = b"Pyjama \x00\xff bytes!"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode), (base64.standard_b64encode, base64.standard_b64decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b""), base64.b64encode(b"a"), base64.b64encode(b"ab"), base64.b64encode(b"abc"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64decode("YWJj"), base64.b64decode(b"YW Jj\n"), base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
try:
    base64.b64decode("YWJ")
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    base64.b64decode("YW!j", validate=True)
except Exception as e:
    print(type(e).__name__ + ":", e)
print(base64.b32encode(b"a"), base64.b16decode("6162"), base64.b16encode(b"\xab"))
