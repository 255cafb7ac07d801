def m(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", _]:
            return "bad direction"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return f"unknown {cmd!r}"
for c in ["go north", "go up", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "", "dance"]:
    print(m(c))
