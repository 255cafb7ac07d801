import sys
print(sys.version_info[:2] >= (3, 12), sys.version_info.major, type(sys.version_info).__name__, isinstance(sys.version, str))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), sys.getrecursionlimit(), type(sys.platform).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit in (15, 30))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.maxunicode)
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__, "builtins" in sys.builtin_module_names)
print(sys.stdout.write("written\n"), sys.stdout is sys.__stdout__)
print(callable(sys.exit), callable(sys.getsizeof), sys.intern("abc") == "abc", sys.flags.optimize)
