for s in ["abc", "é", "😀", "中文"]:
    print(f"[{s:>6}]", f"[{s:^6}]", f"[{s:.1}]", len(s))
print("{:*<8}".format("x"), "{:\u2500^9}".format("mid"))
print("%-6s|%6s|" % ("ab", "cd"), "%.2s" % "abcd", "%c%c" % ("x", 0x263a))
