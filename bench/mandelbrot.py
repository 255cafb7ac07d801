# Float Mandelbrot set: tight float loops, no complex type.
def mandelbrot(width, height, max_iter):
    inside = 0
    total_iter = 0
    for py in range(height):
        ci = (py * 2.0 / height) - 1.0
        for px in range(width):
            cr = (px * 3.0 / width) - 2.0
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total_iter += i
            if i == max_iter:
                inside += 1
    return inside, total_iter

inside, total = mandelbrot(480, 320, 120)
print("mandelbrot checksum", inside, total)
