import json
print(json.loads('{"a": [1, 2.5, "s", null, true, false], "b": {"c": -1e3}}'))
print(json.loads("123"), json.loads('"\\u00e9\\n"'), json.loads("[]"), json.loads(" {} "), json.loads("1E400"), json.loads("-0"), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 10000000000000000000000]"), type(json.loads("1.0")).__name__, json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads("[1.5]", parse_float=str), json.loads("[7]", parse_int=float))
print(json.loads('[["a", 1]]', object_pairs_hook=dict), json.loads(b'{"bytes": true}'))
bad = ['{"a": 1,}', "[1, 2", "{'single': 1}", "", "tru", '{"a" 1}', "[1] x", '"unterminated', "01", '"\\x"']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
