import csv, glob, os, re
base='/work/labels28/audit77'
excl=set(l.strip() for l in open(f'{base}/EXCLUDE-round77.txt') if l.strip())
readers=['a429','a430','a431','a432','a433','a434','b145','b146']
# prefix lists
pref={}
for f in glob.glob(f'{base}/prefixes-a*.tsv'):
    name=os.path.basename(f)[len('prefixes-'):-4]
    rows=[l.rstrip('\n').split('\t') for l in open(f)][1:]
    pref[name]=[(r[0],int(r[1])) for r in rows if r and r[0]]
def listing(folder):
    p=f"{base}/listings/{folder.replace('/','_')}.tsv"
    if not os.path.exists(p): return None
    rows=[l.rstrip('\n').split('\t') for l in open(p)]
    cnt=int(rows[0][1]); files=[(r[0],int(r[1])) for r in rows[1:]]
    assert cnt==len(files),p
    return files
entries=[]
for r in readers:
    perlist={}
    for line in open(f'{base}/walk-reader-{r}.tsv'):
        c=line.rstrip('\n').split('\t')
        if len(c)<5: continue
        lst=c[0][len('prefixes-'):-4]
        perlist[lst]=perlist.get(lst,0)+1
        entries.append(dict(reader=r,list=lst,row=perlist[lst],folder=c[1],k=int(c[2]),rn=int(c[3]),outcome=c[4]))
# walk-order checks against the prefix list
for e in entries:
    pl=pref.get(e['list'])
    wr=[x for x in entries if x['reader']==e['reader'] and x['list']==e['list']]
    # expected prefix row = this walk row
    exp=pl[e['row']-1] if pl and e['row']-1<len(pl) else None
    e['order']=''
    if exp is None or exp[0]!=e['folder'] or exp[1]!=e['k']:
        # find where this folder/k sits in the prefix list
        pos=[i+1 for i,(f,k) in enumerate(pl) if f==e['folder'] and k==e['k']]
        e['order']=f"walk order: this folder is prefix-list row {pos[0] if pos else '?'}, not row {e['row']}: the reader's walk of {e['list']} left out prefix-list row(s) {', '.join(str(i+1)+' '+pl[i][0] for i in range(len(pl)) if pl[i] not in [(x['folder'],x['k']) for x in wr] and i < (pos[0] if pos else 0))}" if exp else 'walk order: beyond prefix list'
        e['ppos']=pos[0] if pos else 999
    else:
        e['ppos']=e['row']
def reader_pick(o):
    if o.startswith('no candidate'): return 'none'
    return o.split(' ')[0]
out=[]
for e in sorted(entries,key=lambda e:(e['list'],e['ppos'],e['reader'])):
    files=listing(e['folder'])
    rp=reader_pick(e['outcome'])
    if files is None:
        n='unchecked'; pick='unchecked'; match='unchecked'
        note=f"reader {e['reader']}; NOT CHECKED: find_files could not be called for this folder (the session's search budget was used up after 9 folder listings, so this folder was never listed); reader outcome: {e['outcome']}"
    else:
        mds=[(p,v) for p,v in files if p.endswith('.md')]
        cands=[];left=[]
        for p,v in mds:
            d=os.path.basename(p)[:-3]
            if v<2: left.append(f"{d}.md ({v} version)")
            elif d in excl: left.append(f"{d}.md (in EXCLUDE-round77.txt, {v} versions)")
            else: cands.append(d)
        n=len(cands)
        if n:
            i=e['k']%n; pick=cands[i]; km=f"{e['k']} mod {n} = {i} -> {pick}"
        else:
            pick='none'; km='no candidates'
        match='yes' if (n==e['rn'] and pick==rp) else 'no'
        cl=f"{n} ({', '.join(cands)})" if n else '0'
        note=f"reader {e['reader']}; {len(files)} rows listed; {len(mds)} .md; candidates: {cl}; k mod n: {km}; left out: {'; '.join(left) if left else 'nothing'}; reader outcome: {e['outcome']}"
    if e['order']: note+='; '+e['order']
    out.append([e['list'],e['row'],e['folder'],e['k'],n,pick,e['rn'],rp,match,note])
with open(f'{base}/audit77.tsv','w') as f:
    f.write('list\trow\tfolder\tk\tn_candidates\tpick\treader_n\treader_pick\tmatch\tnote\n')
    for o in out: f.write('\t'.join(map(str,o))+'\n')
print(len(out))
from collections import Counter
print(Counter(o[8] for o in out))
for o in out:
    if o[8]!='unchecked' or 'walk order' in o[9]: print('\t'.join(map(str,o)))
