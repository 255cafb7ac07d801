# A pystone-like mix: records, attribute access, small function calls, loops, branches.
IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = 1, 2, 3, 4, 5

class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, string_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp, self.string_comp)

class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = "\0"
        self.char2 = "\0"
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for _ in range(51)]
        self.ptr_glb = None
        self.ptr_glb_next = None

def func1(ch1, ch2):
    ch_loc1 = ch1
    ch_loc2 = ch_loc1
    if ch_loc2 != ch2:
        return IDENT_1
    return IDENT_2

def func2(s1, s2, st):
    int_loc = 1
    ch_loc = "A"
    while int_loc <= 1:
        if func1(s1[int_loc], s2[int_loc + 1]) == IDENT_1:
            ch_loc = "A"
            int_loc += 1
    if "W" <= ch_loc <= "Z":
        int_loc = 7
    if ch_loc == "X":
        return True
    if s1 > s2:
        int_loc += 7
        return True
    return False

def func3(enum_par):
    return enum_par == IDENT_3

def proc6(enum_par, st):
    enum_loc = enum_par
    if not func3(enum_par):
        enum_loc = IDENT_4
    if enum_par == IDENT_1:
        enum_loc = IDENT_1
    elif enum_par == IDENT_2:
        enum_loc = IDENT_1 if st.int_glob > 100 else IDENT_4
    elif enum_par == IDENT_3:
        enum_loc = IDENT_2
    elif enum_par == IDENT_5:
        enum_loc = IDENT_3
    return enum_loc

def proc7(a, b):
    return b + a + 2

def proc8(array1, array2, a, b, st):
    loc = a + 5
    array1[loc] = b
    array1[loc + 1] = array1[loc]
    array1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        array2[loc][idx] = loc
    array2[loc][loc - 1] += 1
    array2[loc + 20][loc] = array1[loc]
    st.int_glob = 5

def proc3(ptr, st):
    if st.ptr_glb is not None:
        ptr = st.ptr_glb.ptr_comp
    else:
        st.int_glob = 100
    st.ptr_glb.int_comp = proc7(10, st.int_glob)
    return ptr

def proc1(ptr, st):
    nxt = ptr.ptr_comp = st.ptr_glb.copy()
    ptr.int_comp = 5
    nxt.int_comp = ptr.int_comp
    nxt.ptr_comp = ptr.ptr_comp
    nxt.ptr_comp = proc3(nxt.ptr_comp, st)
    if nxt.discr == IDENT_1:
        nxt.int_comp = 6
        nxt.enum_comp = proc6(ptr.enum_comp, st)
        nxt.ptr_comp = st.ptr_glb.ptr_comp
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        ptr = nxt.copy()
    nxt.ptr_comp = None
    return ptr

def proc2(int_par, st):
    int_loc = int_par + 10
    while True:
        if st.char1 == "A":
            int_loc -= 1
            int_par = int_loc - st.int_glob
            return int_par

def run(loops):
    st = State()
    st.ptr_glb_next = Record()
    st.ptr_glb = Record(st.ptr_glb_next, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    st.array2[8][7] = 10
    check = 0
    for _ in range(loops):
        st.char1 = "A"
        st.bool_glob = True
        int_loc1 = 2
        int_loc2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        st.bool_glob = not func2(string1, string2, st)
        while int_loc1 < int_loc2:
            int_loc3 = 5 * int_loc1 - int_loc2
            int_loc3 = proc7(int_loc1, int_loc2)
            int_loc1 += 1
        proc8(st.array1, st.array2, int_loc1, int_loc3, st)
        st.ptr_glb = proc1(st.ptr_glb, st)
        ch_index = "A"
        while ch_index <= st.char2:
            if enum_loc == func1(ch_index, "C"):
                enum_loc = proc6(IDENT_1, st)
            ch_index = chr(ord(ch_index) + 1)
        int_loc3 = int_loc2 * int_loc1
        int_loc2 = int_loc3 // int_loc1
        int_loc2 = 7 * (int_loc3 - int_loc2) - int_loc1
        int_loc1 = proc2(int_loc1, st)
        check += int_loc1 + int_loc2 + int_loc3 + st.int_glob + enum_loc
    return check + st.array2[8][7] + st.array1[8]

print("pystone_like checksum", run(600000))
