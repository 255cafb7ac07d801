from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
    (State.PAUSED, "stop"): State.DONE,
}
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"cannot {event!r} while {self.state.name}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name}-{event}->{self.state.name}")
m = Machine()
for ev in ["start", "pause", "pause", "resume", "finish", "start"]:
    try:
        m.fire(ev)
    except ValueError as e:
        print("rejected:", e)
print(m.state, m.log)
def parse_csv_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        match (quoted, ch):
            case (False, ","):
                fields.append("".join(cur)); cur = []
            case (False, '"'):
                quoted = True
            case (True, '"') if i + 1 < len(line) and line[i + 1] == '"':
                cur.append('"'); i += 1
            case (True, '"'):
                quoted = False
            case _:
                cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields
for line in ['a,b,c', '"x, y",z', '"say ""hi""",2', ',,', '']:
    print(parse_csv_line(line))
