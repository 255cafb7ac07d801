"""The io module (Pyjama): the I/O class hierarchy and the in-memory streams StringIO and
BytesIO, in pure Python.

File streams (FileIO, BufferedReader/Writer/Random, TextIOWrapper) and UnsupportedOperation
come from the interpreter's Java module _io, and are registered with the ABCs below as CPython's
io.py does; open() is the builtin (the same function as _io.open).
"""

import abc
import builtins
import _io
from _io import (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper,
                 UnsupportedOperation)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8 * 1024

BlockingIOError = builtins.BlockingIOError
open = builtins.open


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    return builtins.open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding (Pyjama always defaults to UTF-8)."""
    if encoding is None:
        return 'utf-8'
    return encoding




def _closed_error():
    return ValueError('I/O operation on closed file.')


def _as_size(size):
    if size is None:
        return -1
    try:
        index = size.__index__
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'"
                        ) from None
    return index()


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation('%s.%s() not supported' % (self.__class__.__name__, name))

    def seek(self, pos, whence=0):
        """Change the stream position to the given byte offset."""
        self._unsupported('seek')

    def tell(self):
        """Return an int indicating the current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate file to size bytes."""
        self._unsupported('truncate')

    def flush(self):
        """Flush write buffers, if applicable."""
        self._checkClosed()

    def close(self):
        """Flush and close the IO object."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def seekable(self):
        """Return a bool indicating whether object supports random access."""
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def readable(self):
        """Return a bool indicating whether object was opened for reading."""
        return False

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def writable(self):
        """Return a bool indicating whether object was opened for writing."""
        return False

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    @property
    def closed(self):
        """closed: bool.  True iff the file has been closed."""
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def __enter__(self):
        """Context management protocol.  Returns self (an instance of IOBase)."""
        self._checkClosed()
        return self

    def __exit__(self, *args):
        """Context management protocol.  Calls close()"""
        self.close()

    def fileno(self):
        """Returns underlying file descriptor (an int) if one exists."""
        self._unsupported('fileno')

    def isatty(self):
        """Return a bool indicating whether this is an 'interactive' stream."""
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read and return a line of bytes from the stream."""
        size = _as_size(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines from the stream."""
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to the stream."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        """Read and return up to size bytes."""
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        """Read until EOF, using multiple read() call."""
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        """Read bytes into a pre-allocated bytes-like object b."""
        self._unsupported('readinto')

    def write(self, b):
        """Write the given buffer to the IO stream."""
        self._unsupported('write')


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""

    def read(self, size=-1):
        """Read and return up to size bytes."""
        self._unsupported('read')

    def read1(self, size=-1):
        """Read up to size bytes with at most one read() system call."""
        self._unsupported('read1')

    def readinto(self, b):
        """Read bytes into a pre-allocated bytes-like object b."""
        return self._readinto(b, read1=False)

    def readinto1(self, b):
        """Read bytes into buffer *b*, using at most one system call."""
        return self._readinto(b, read1=True)

    def _readinto(self, b, read1):
        if not isinstance(b, memoryview):
            b = memoryview(b)
        b = b.cast('B')
        if read1:
            data = self.read1(len(b))
        else:
            data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        """Write the given bytes buffer to the IO stream."""
        self._unsupported('write')

    def detach(self):
        """Separate the underlying raw stream from the buffer and return it."""
        self._unsupported('detach')


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        """Read at most size characters from stream."""
        self._unsupported('read')

    def write(self, s):
        """Write string s to stream."""
        self._unsupported('write')

    def truncate(self, pos=None):
        """Truncate size to pos, where pos is an int."""
        self._unsupported('truncate')

    def readline(self):
        """Read until newline or EOF."""
        self._unsupported('readline')

    def detach(self):
        """Separate the underlying buffer from the TextIOBase and return it."""
        self._unsupported('detach')

    @property
    def encoding(self):
        """Subclasses should override."""
        return None

    @property
    def newlines(self):
        """Line endings translated so far."""
        return None

    @property
    def errors(self):
        """Error setting of the decoder or encoder."""
        return None


RawIOBase.register(FileIO)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(TextIOWrapper)
del _klass


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n (when translate is true) and records which line
    endings it has seen (the newlines attribute).  Text in, text out: Pyjama's decoder is
    only used on str data."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def getstate(self):
        flag = 1 if self.pendingcr else 0
        return b'', flag

    def setstate(self, state):
        _, flag = state
        self.pendingcr = bool(flag & 1)

    def reset(self):
        self.seennl = 0
        self.pendingcr = False

    @property
    def newlines(self):
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                ('\r', '\n', '\r\n'))[self.seennl]


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0
        self._exported = False

    def _check_exports(self):
        # While a getbuffer() view is alive the contents may not change.  The bytearray itself
        # knows whether views still exist: resizing it fails if so.
        if self._exported:
            buf = self._buffer
            try:
                buf.append(0)
            except BufferError:
                raise BufferError('Existing exports of data: object cannot be re-sized') from None
            del buf[-1]
            self._exported = False

    def __getstate__(self):
        if self.closed:
            raise ValueError('__getstate__ on closed file')
        return self.getvalue(), self._pos, getattr(self, '__dict__', {}).copy()

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        if self.closed:
            raise _closed_error()
        return bytes(self._buffer)

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        if self.closed:
            raise _closed_error()
        self._exported = True
        return memoryview(self._buffer)

    def close(self):
        if self._buffer is not None:
            self._buffer.clear()
        super().close()

    def read(self, size=-1):
        if self.closed:
            raise _closed_error()
        size = _as_size(size)
        buf = self._buffer
        if size < 0:
            size = len(buf)
        if len(buf) <= self._pos:
            return b''
        newpos = min(len(buf), self._pos + size)
        b = buf[self._pos: newpos]
        self._pos = newpos
        return bytes(b)

    def read1(self, size=-1):
        """This is the same as read."""
        return self.read(size)

    def readline(self, size=-1):
        if self.closed:
            raise _closed_error()
        size = _as_size(size)
        buf = self._buffer
        pos = self._pos
        end = len(buf)
        if pos >= end:
            return b''
        nl = buf.find(b'\n', pos)
        stop = end if nl < 0 else nl + 1
        if size >= 0:
            stop = min(stop, pos + size)
        self._pos = stop
        return bytes(buf[pos:stop])

    def readlines(self, hint=None):
        if self.closed:
            raise _closed_error()
        return super().readlines(hint)

    def readinto(self, b):
        if self.closed:
            raise _closed_error()
        m = memoryview(b).cast('B')
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    readinto1 = readinto

    def write(self, b):
        if self.closed:
            raise _closed_error()
        self._check_exports()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        with memoryview(b) as view:
            n = view.nbytes
            data = view.tobytes()
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buffer
        if pos > len(buf):
            # Writing past the end fills the gap with zero bytes.
            buf += b'\x00' * (pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        if self.closed:
            raise _closed_error()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        if self.closed:
            raise _closed_error()
        try:
            pos_index = pos.__index__
        except AttributeError:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer"
                            ) from None
        pos = pos_index()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        if self.closed:
            raise _closed_error()
        return self._pos

    def truncate(self, pos=None):
        if self.closed:
            raise _closed_error()
        if pos is None:
            pos = self._pos
        else:
            try:
                pos_index = pos.__index__
            except AttributeError:
                raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an "
                                f"integer") from None
            pos = pos_index()
            if pos < 0:
                raise ValueError('negative size value %d' % (pos,))
        self._check_exports()
        del self._buffer[pos:]
        return pos

    def readable(self):
        if self.closed:
            raise _closed_error()
        return True

    def writable(self):
        if self.closed:
            raise _closed_error()
        return True

    def seekable(self):
        if self.closed:
            raise _closed_error()
        return True


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The text is kept as one str (_text) plus a list of strings appended at its end since the
    last read (_tail): appending is the common case, and joining once is cheaper than growing
    a string write by write.
    """

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._readuniversal = newline is None or newline == ''
        self._readtranslate = newline is None
        self._writenl = newline if newline and newline[0] == '\r' else None
        self._decoder = (IncrementalNewlineDecoder(None, translate=self._readtranslate)
                         if self._readuniversal else None)
        self._text = ''
        self._tail = []
        self._pos = 0
        self._length = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- storage

    def _value(self):
        if self._tail:
            self._text += ''.join(self._tail)
            self._tail = []
        return self._text

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    # -- state

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._text = ''
        self._tail = []

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._decoder is None:
            return None
        return self._decoder.newlines

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def detach(self):
        raise UnsupportedOperation('detach')

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check()
        return self._value()

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, getattr(self, '__dict__', {}).copy())

    # -- writing

    def write(self, s):
        """Write string to file.

        Returns the number of characters written, which is always equal to
        the length of the string.
        """
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        size = len(s)
        if not size:
            return 0
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        n = len(s)
        pos = self._pos
        length = self._length
        if pos == length:
            self._tail.append(s)
        else:
            text = self._value()
            if pos > length:
                text += '\0' * (pos - length)
                length = pos
            self._text = text[:pos] + s + text[pos + n:]
        self._pos = pos + n
        self._length = max(length, pos + n)
        return size

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    # -- reading

    def read(self, size=-1):
        """Read at most size characters, returned as a string."""
        self._check()
        size = _as_size(size)
        text = self._value()
        pos = self._pos
        if pos >= self._length:
            return ''
        end = self._length if size < 0 else min(self._length, pos + size)
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos, end):
        """Index just after the line starting at pos (at most end)."""
        if self._readuniversal and not self._readtranslate:
            # newline='': lines end at \n, \r\n or a lone \r.
            i = pos
            while i < end:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < end and text[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return end
        nl = '\n' if self._readtranslate or self._newline in (None, '\n') else self._newline
        i = text.find(nl, pos, end)
        return end if i < 0 else i + len(nl)

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._check()
        size = _as_size(size)
        text = self._value()
        pos = self._pos
        if pos >= self._length:
            return ''
        end = self._length if size < 0 else min(self._length, pos + size)
        stop = self._line_end(text, pos, end)
        self._pos = stop
        return text[pos:stop]

    def readlines(self, hint=None):
        self._check()
        return super().readlines(hint)

    def __next__(self):
        if self._closed:
            raise _closed_error()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._closed:
            raise _closed_error()
        return self

    # -- positioning

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check()
        try:
            pos_index = pos.__index__
        except AttributeError:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer"
                            ) from None
        pos = pos_index()
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        """Truncate size to pos."""
        self._check()
        if pos is None:
            pos = self._pos
        else:
            try:
                pos_index = pos.__index__
            except AttributeError:
                raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an "
                                f"integer") from None
            pos = pos_index()
            if pos < 0:
                raise ValueError('Negative size value %d' % pos)
        if pos < self._length:
            self._text = self._value()[:pos]
            self._length = pos
        return pos

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
