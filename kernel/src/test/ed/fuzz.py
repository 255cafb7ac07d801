# Host-only helper: runs random command scripts through GNU ed and ed.py and
# prints the first scripts whose stdout, exit status or files differ.
# Usage: python3 fuzz.py [SEED] [COUNT].  Mismatches worth keeping become cases.
import random, subprocess, os, sys, shutil, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
ED = os.path.join(HERE, '..', '..', 'main', 'python', 'bin', 'ed.py')
PY = '/root/.pyenv/versions/3.12.1/bin/python3'
STD = open(os.path.join(HERE, 'cases', 'addr_number.input')).read()
TMP = tempfile.mkdtemp()
pool = ['p', 'n', 'l', '.=', '=', 'd', '2d', '$d', ',p', 'u', '1,3j', 'j', '2m5', '1,2m$', '3t0', 't.', '5,6t1',
 's/a/A/', 's/e/E/g', ',s/a/X/2', 's', 'sg', 'sp', 's/\\(.\\)\\(.\\)/\\2\\1/', 's/ /\\\n/', 'g/a/s/a/b/', 'v/e/d', 'g/t/m0',
 'g/e/-1p', 'ka', "'ap", "'a,'a+1d", 'kb', "'b", '/eta/', '?a?', '/e/;/a/p', '+', '-', '', '$', '1', '0a\nX\n.', 'a\nY\nZ\n.',
 'i\nW\n.', 'c\nC\n.', '2,3c\n.', 'y', 'x', '0x', 'z2', '1z', 'g/./j', 'w', 'W other', 'r other', '1,2w other', 'e other', 'E other',
 'q', 'h', 'H', '$-2,$n', ';p', '2;+2p', 'g/a/a\\\nQ', 'v/a/s/$/!/', 'u', 'u', '.,+2l', 'g/o/d', '3,1p', '11p', 'k', 's/x*/-/',
 's/$/$/', 's/^/ /g', 'g/a/s/a/x\\\ny/\\\np', 'g/e/.,+1j', 'v/t/m$', 'G/eta/\np\n\n&', '/\\<e/p', 's/\\(a\\|e\\)/[\\1]/g', 's/[[:space:]]/_/g', 'g/[[:upper:]]/d', ',s/.*/&&/', 's/./X/3', 'wq other', 'P', ',l', '2,5g/e/n', "'a,'bp", 's/a\\{2\\}/Q/', 'j\nu', '.,+3t0', 'g/^$/d', 's/t/\\\nT/2', 'x\nu', 'c\n.', '.+1,$-1d', '$;-2p', '%s/o/0/g', '2,$m0', 's/[aeiou]/<&>/g', 'g/^/t$', '.,$j', 'f', '2,4y', 'e', '/zz/']
def run(cmd, script, d):
    if os.path.exists(d): shutil.rmtree(d)
    os.makedirs(d)
    open(d + '/file', 'w').write(STD)
    open(d + '/other', 'w').write('o1\no2 eta\n')
    p = subprocess.run(cmd + ['file'], input=script.encode(), cwd=d, capture_output=True)
    files = {f: open(d + '/' + f, 'rb').read() for f in sorted(os.listdir(d))}
    return p.stdout, p.returncode, files
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
bad = 0
for it in range(int(sys.argv[2]) if len(sys.argv) > 2 else 300):
    script = '\n'.join(random.choice(pool) for _ in range(random.randint(3, 12))) + '\n'
    a = run(['ed', '-v'], script, TMP + '/a')
    b = run([PY, ED, '-v'], script, TMP + '/b')
    if a != b:
        bad += 1
        print('=== MISMATCH\n' + script + '--- gnu'); print(a[0].decode('latin-1'), a[1]); print('--- ours'); print(b[0].decode('latin-1'), b[1])
        if a[2] != b[2]: print('FILES DIFFER', a[2], b[2])
        if bad > 3: break
shutil.rmtree(TMP)
print('bad', bad)
