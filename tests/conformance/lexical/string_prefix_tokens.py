# String prefixes and adjacency across token forms.
print(r'\n', R'\t', b'x', B'y', rb'\d', Rb'\e', bR'\f', BR'\g', br'\h')
print(f'{1}', F'{2}', rf'\n{3}', fR'\t{4}', Rf'{5}\x', FR'{6}')
print(u'unicode', U'Unicode')
print('a' 'b' "c" '''d''' """e""")
print('a' f'{1+1}' r'\z')
print(b'a' b'b' rb'\c')
print(len(r'\\'), len('\\'), len(r'\''))
print(type(b'' b'').__name__)
try:
    eval("b'a' 'b'")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
