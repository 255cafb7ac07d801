text = """first line
  second line indented
third"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len))
print("\n".join(l.strip() for l in lines))
print(text.count("\n"), text.upper().count("LINE"), text.index("third"))
words = text.split()
print(words, len(words), " ".join(w.capitalize() for w in words))
counts = {}
for ch in text:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("".join(c for c in text if c not in "aeiou \n")[:20])
