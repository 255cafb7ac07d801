# PEP 701 (3.12): quotes reused inside replacement fields, nesting, backslashes, comments.
songs = ["a", "b", "c"]
print(f"{", ".join(songs)}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'\n'.join(['x', 'y'])}")
print(f"{"\t".join(songs)!r}")
value = 7
print(f"{value:{"^"}{10}}|")
print(f"{
    value
    + 1
}")
print(f"{value # a comment
}")
print(f'{"nested " + f'{value}'}')
print(f"{ {'a': 1}['a'] }", f"{ {1, 2} }")
