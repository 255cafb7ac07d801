from ..square import area as square_area
def cube_volume(side): return square_area(side) * side
