import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EPIPE, errno.EINTR, errno.EBADF, errno.ENOTDIR, errno.EISDIR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[13], errno.ENOMEM, errno.ENOSPC, errno.ERANGE, errno.EDOM)
import os
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
e = OSError(errno.ENOENT, "No such file")
print(type(e).__name__, e.errno == errno.ENOENT)
try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
