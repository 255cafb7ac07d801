def level3():
    return {}["missing"]
def level2():
    return level3()
def level1():
    return level2()
print("start")
level1()
