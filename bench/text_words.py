# Text workload: generated text, dict counting, str building, splitting and joining.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "pa", "je", "ma", "qu", "zo", "fe", "di", "gu"]

def generate(n_words, seed):
    words = []
    x = seed
    for _ in range(n_words):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + x % 3
        parts = []
        y = x
        for _ in range(length):
            parts.append(SYLLABLES[y % 16])
            y //= 16
        words.append("".join(parts))
    lines = []
    for i in range(0, n_words, 12):
        line = " ".join(words[i:i + 12])
        lines.append(line.capitalize() + ".")
    return "\n".join(lines)

def word_frequencies(text):
    freq = {}
    for line in text.splitlines():
        for word in line.rstrip(".").lower().split():
            freq[word] = freq.get(word, 0) + 1
    return freq

def build_report(freq):
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    out = []
    for word, count in top:
        out.append(f"{word:>12} {count:6d} {'#' * (count // 200)}")
    return "\n".join(out)

total = 0
for round_no in range(16):
    text = generate(60000, 42 + round_no)
    freq = word_frequencies(text)
    report = build_report(freq)
    upper = text.upper().replace("KA", "ka")
    pieces = upper.split("MA")
    rejoined = "-".join(pieces)
    total += len(freq) + len(report) + len(pieces) + rejoined.count("-") + sum(len(w) for w in freq if w.startswith("ka"))
print("text_words checksum", total)
