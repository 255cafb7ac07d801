# time.strptime: the numeric directives (ranges, padding, %z forms with and without colons) and their errors.
import time
for z in ['+01:30', '+0130', '-01:30:15', '+013015', '+01:30:15.5', 'Z', '+01:3015', '+0130:15']:
    try: print(z, time.strptime(z, '%z').tm_gmtoff)
    except ValueError as e: print(z, 'ValueError', e)
for s, f in [('31 12 2024', '%d %m %Y'), (' 5', '%d'), ('366', '%j'), ('61', '%S'), ('2024-W05-3', '%G-W%V-%u'), ('12:5', '%H:%M'), ('7/4/24', '%x'), ('Mon Jan  5 10:00:00 2026', '%c'), ('32', '%d'), ('9 pm', '%I %p')]:
    try: print(s, tuple(time.strptime(s, f))[:8])
    except ValueError as e: print(s, 'ValueError', e)
