# Syntax errors inside f-string replacement fields: a missing comma, what the field expects next.
for src in ["f'{a b}'", "f'{a b c}'", "f'{a, b c}'", "f'{(a b)}'", "f'{a not b}'", "f'{a 1}'", "f'{1 a}'", "f'{a b!r}'", "f'{a b:x}'", "f'{a b=}'", "f'{a!r b}'", "f'{a if b}'", "f'{x for x in y}'"]:
  try: compile(src, '<fs>', 'eval'); print(src, 'ok')
  except SyntaxError as e: print(src, e.msg, e.offset, e.end_offset)
for src in ["f'{a= b}'", "f'{a=!r b}'", "f'{a:x b}'", "f'{a!r:x}'", "f'{a=:x}'", "f'{a}b}'", "f'{a!}'", "f'{a =   }'", "f'{a:{b c}}'"]:
  try: compile(src, '<fs>', 'eval'); print(src, 'ok')
  except SyntaxError as e: print(src, e.msg, e.offset, e.end_offset)
