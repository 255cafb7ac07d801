# A version of Martin Richards' OS-simulation benchmark: objects, attributes, method calls.
I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending, self.task_waiting, self.task_holding = True, False, False
        return self

    def waiting(self):
        self.packet_pending, self.task_waiting, self.task_holding = False, True, False
        return self

    def running(self):
        self.packet_pending, self.task_waiting, self.task_holding = False, False, False
        return self

    def waiting_with_packet(self):
        self.packet_pending, self.task_waiting, self.task_holding = True, True, False
        return self

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

class Scheduler:
    def __init__(self):
        self.task_tab = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.current = None
        self.current_id = 0

class Task(TaskState):
    def __init__(self, sched, ident, priority, input_queue, state, record):
        super().__init__()
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = input_queue
        self.packet_pending, self.task_waiting, self.task_holding = state.packet_pending, state.task_waiting, state.task_holding
        self.record = record
        sched.task_list = self
        sched.task_tab[ident] = self

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg, self.record)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def find(self, ident):
        t = self.sched.task_tab[ident]
        if t is None:
            raise RuntimeError("bad task id")
        return t

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.sched.current_id
        return t.add_packet(pkt, self)

class DeviceRecord:
    def __init__(self):
        self.packet = None

class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None

class IdleRecord:
    def __init__(self):
        self.control = 1
        self.count = 10000

class WorkRecord:
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0

class DeviceTask(Task):
    def fn(self, pkt, r):
        if pkt is None:
            pkt = r.packet
            if pkt is None:
                return self.wait_task()
            r.packet = None
            return self.qpkt(pkt)
        r.packet = pkt
        return self.hold()

class HandlerTask(Task):
    def fn(self, pkt, r):
        if pkt is not None:
            if pkt.kind == K_WORK:
                r.work_in = pkt.append_to(r.work_in)
            else:
                r.device_in = pkt.append_to(r.device_in)
        work = r.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            r.work_in = work.link
            return self.qpkt(work)
        dev = r.device_in
        if dev is None:
            return self.wait_task()
        r.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)

class IdleTask(Task):
    def fn(self, pkt, r):
        r.count -= 1
        if r.count == 0:
            return self.hold()
        if r.control & 1 == 0:
            r.control //= 2
            return self.release(I_DEVA)
        r.control = (r.control // 2) ^ 0xD008
        return self.release(I_DEVB)

class WorkTask(Task):
    def fn(self, pkt, r):
        if pkt is None:
            return self.wait_task()
        dest = I_HANDLERB if r.destination == I_HANDLERA else I_HANDLERA
        r.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            r.count += 1
            if r.count > 26:
                r.count = 1
            pkt.data[i] = ord("A") + r.count - 1
        return self.qpkt(pkt)

def schedule(sched):
    t = sched.task_list
    while t is not None:
        if t.is_task_holding_or_waiting():
            t = t.link
        else:
            sched.current = t
            sched.current_id = t.ident
            t = t.run_task()

def run_once():
    sched = Scheduler()
    IdleTask(sched, I_IDLE, 1, None, TaskState().running(), IdleRecord())
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(sched, I_WORK, 1000, wkq, TaskState().waiting_with_packet(), WorkRecord())
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(sched, I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet(), HandlerRecord())
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(sched, I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet(), HandlerRecord())
    DeviceTask(sched, I_DEVA, 4000, None, TaskState().waiting(), DeviceRecord())
    DeviceTask(sched, I_DEVB, 5000, None, TaskState().waiting(), DeviceRecord())
    schedule(sched)
    return sched.hold_count, sched.qpkt_count

total_hold = total_qpkt = 0
for _ in range(20):
    h, q = run_once()
    total_hold += h
    total_qpkt += q
print("richards checksum", total_hold, total_qpkt)
