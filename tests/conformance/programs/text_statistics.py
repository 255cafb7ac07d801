from collections import Counter
import string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
print(sorted(w for w, c in freq.items() if c == 1))
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(3), sum(letters.values()))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(2))
caps = [w for w in text.split() if w[0].isupper()]
print(caps, " ".join(w[::-1] for w in words[:5]))
