import errno
mapping = {errno.ENOENT: "FileNotFoundError", errno.EEXIST: "FileExistsError", errno.EACCES: "PermissionError", errno.EPERM: "PermissionError",
           errno.ENOTDIR: "NotADirectoryError", errno.EISDIR: "IsADirectoryError", errno.EPIPE: "BrokenPipeError", errno.ECHILD: "ChildProcessError",
           errno.ETIMEDOUT: "TimeoutError", errno.EINTR: "InterruptedError", errno.ECONNREFUSED: "ConnectionRefusedError", errno.EAGAIN: "BlockingIOError"}
for code, expected in mapping.items():
    e = OSError(code, "msg")
    print(errno.errorcode[code], type(e).__name__, type(e).__name__ == expected, str(e))
print(OSError("plain").errno, OSError(1, 2, 3, 4, 5).args if False else OSError(1, "a", "f").filename, str(OSError(2, "x", "a", None, "b")))
