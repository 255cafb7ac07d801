# Character classification and case mapping beyond ASCII (no unicodedata needed).
for ch in ["A", "a", "é", "ß", "1", "٣", "½", "€", " ", "\u3000", "中", "😀", "\u0301", "Σ", "ς", "ﬃ", "ŉ"]:
    print(repr(ch), ch.isalpha(), ch.isdigit(), ch.isnumeric(), ch.isdecimal(), ch.isspace(), ch.upper(), ch.lower(), ch.title(), ch.casefold())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "straße".upper(), "STRASSE".casefold() == "straße".casefold())
print(int("٣٤"), float("１．５") if False else float("１５"), "٣".isdigit())
