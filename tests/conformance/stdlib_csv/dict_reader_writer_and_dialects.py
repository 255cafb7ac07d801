# csv: DictReader/DictWriter (restkey, restval, blank lines, line_num, extrasaction), the dialect classes, and the order of dialect parameter errors.
import csv, io
src = "a,b,c\r\n1,2\r\n\r\n\r\n4,5,6,7,8\r\nx,y,z\r\n"
r = csv.DictReader(io.StringIO(src), restkey='more', restval='-')
for rec in r:
    print(r.line_num, rec)
print(r.fieldnames)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, r.line_num, list(r))
r = csv.DictReader(io.StringIO("1;2\n"), fieldnames=iter(['p', 'q']), delimiter=';')
print(list(r), r.fieldnames, r.dialect)
r = csv.DictReader(io.StringIO("h\nv\n")); r.fieldnames = ['H']; print(list(r))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=(n for n in ['x', 'y']), restval='?')
w.writeheader(); w.writerow({'x': 1}); w.writerows([{'y': 2}, {'x': 'a,b', 'y': None}])
print(repr(out.getvalue()))
try: w.writerow({'z': 1, 'x': 2})
except ValueError as e: print(e)
w2 = csv.DictWriter(io.StringIO(), ['x'], extrasaction='IGNORE'); w2.writerow({'x': 1, 'q': 2})
try: csv.DictWriter(io.StringIO(), ['x'], extrasaction='skip')
except ValueError as e: print(e)
print(csv.DictReader[int], csv.DictWriter[str])
for d in (csv.excel, csv.excel_tab, csv.unix_dialect):
    print(d.__name__, [getattr(d, a) for a in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting')], d()._valid)
print(csv.Dialect._valid, csv.Dialect.delimiter)
class Bad(csv.Dialect):
    delimiter = ','
try: Bad()
except csv.Error as e: print('Error', e)
class Good(csv.excel):
    delimiter = ';'
print(Good()._valid, csv.get_dialect('excel-tab') is not None, sorted(csv.list_dialects()))
cases = [dict(lineterminator=None, quoting=None), dict(lineterminator=5, quoting='x'), dict(lineterminator=5, delimiter=5), dict(quoting=None, delimiter=5), dict(quoting=9, lineterminator=3), dict(lineterminator=3, escapechar=5), dict(quotechar=5, lineterminator=3), dict(quoting=None), dict(lineterminator=None),
         dict(quotechar=5), dict(quoting=9), dict(escapechar='ab'), dict(delimiter=''), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(delimiter=None), dict(quoting=9, quotechar=5), dict(quoting=1.5), dict(lineterminator=None, quotechar=5), dict(delimiter=' ', skipinitialspace=True), dict(quoting=True)]
for c in cases:
    try: csv.writer(io.StringIO(), **c); print(c, 'ok')
    except (TypeError, ValueError) as e: print(c, type(e).__name__, e)
