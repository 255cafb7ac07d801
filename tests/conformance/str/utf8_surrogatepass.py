# utf-8 with surrogatepass lets encoded surrogates through both ways (json reads them too); strict and replace refuse them.
import json
for data in (b'\xed\xa0\x80', b'a\xed\xa0\x80b\xed\xbf\xbf', b'\xed\xa0', b'\xed\x9f\xbf'):
    for errors in ('surrogatepass', 'strict', 'replace'):
        try: print(data, errors, ascii(data.decode('utf-8', errors)))
        except UnicodeDecodeError as e: print(data, errors, 'UnicodeDecodeError', e)
print(ascii('\ud800x\udfff'.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass')))
print(ascii(json.loads(b'"\xed\xa0\x80"')), ascii(json.loads(b'["\xed\xb0\x80", 1]')))
