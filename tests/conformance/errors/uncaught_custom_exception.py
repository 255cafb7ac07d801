class ConfigError(Exception):
    pass
class Loader:
    def load(self, name):
        raise ConfigError(f"cannot load {name!r}")
Loader().load("settings")
