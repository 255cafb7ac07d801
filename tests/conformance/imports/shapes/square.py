def area(side): return side * side
NAME = "square"
