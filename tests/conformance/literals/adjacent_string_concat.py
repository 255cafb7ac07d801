x = 5
s = ("a"
     'b'
     f"{x}"
     r"\d"
     """e""")
print(s)
print("con" "cat" == "concat")
words = ("one " "two "
         "three")
print(words.split())
print(f"{x}" f"{x+1}" "{x}")
print(rb"\x" b"\x41")
