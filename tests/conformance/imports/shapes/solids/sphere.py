from .. import circle
from .. import VERSION
def describe(): return f"sphere uses {circle.__name__} v{VERSION}"
