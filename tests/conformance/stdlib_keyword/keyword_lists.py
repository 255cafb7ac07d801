import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("print"), keyword.iskeyword("True"))
