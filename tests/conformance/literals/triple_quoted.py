a = """line1
line2
    indented"""
print(a)
print(repr(a))
b = '''it's "fine" here'''
print(b)
c = """\
no leading newline\
 and joined"""
print(c)
d = r"""raw \n
kept"""
print(repr(d))
e = """ends with quote\""""
print(e)
print(len("""
"""))
