import cycle.first
import cycle.second
print(cycle.first.use_second(), cycle.second.partial_view(), cycle.second.first is cycle.first)
import sys
print(sorted(k for k in sys.modules if k.startswith("cycle")))
