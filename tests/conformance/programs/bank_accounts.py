class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner, self._balance = owner, balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amount):
        if amount <= 0: raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance: raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self): return f"Account#{self.id}({self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a, b = Account("ann", 100), Savings("bob", 50)
transfer(a, b, 30)
print(a, b, b.add_interest(), b)
for amt in [500, -5]:
    try:
        transfer(a, b, amt) if amt > 0 else a.deposit(amt)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed)
    except ValueError as e:
        print("ValueError:", e)
print(a.history, b.history, sorted([b, a], key=lambda acc: acc.balance))
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
