from collections import ChainMap, UserDict, UserList, UserString
defaults = {"color": "red", "size": "M"}
overrides = {"color": "blue"}
cm = ChainMap(overrides, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm), cm.maps == [overrides, defaults])
cm["new"] = 1
print(overrides, cm.parents, cm.new_child({"x": 0})["x"])
try:
    del cm["size"]
except KeyError as e:
    print("KeyError:", e)
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ld = LowerDict({"A": 1}); ld["B"] = 2
print(ld, ld.data, "a" in ld, type(ld.copy()).__name__)
ul = UserList([3, 1, 2]); ul.sort()
print(ul, ul + [4], type(ul + [4]).__name__, ul.data)
us = UserString("hello")
print(us.upper(), us + "!", type(us.upper()).__name__, us[1:3], len(us))
