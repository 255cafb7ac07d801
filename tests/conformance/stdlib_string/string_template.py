from string import Template
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(who="only"))
try:
    Template("$ bad").substitute()
except ValueError as e:
    print("ValueError:", e)
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %y").substitute(x=1, y=2), t.template, Template("$a$b").get_identifiers(), Template("$a").is_valid())
