import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]), op.index(7))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 1, 2], 1), op.indexOf([5, 6], 6), op.getitem([1, 2], 1), op.matmul if True else None)
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.iconcat("a", "b"), op.length_hint([1, 2, 3]))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
