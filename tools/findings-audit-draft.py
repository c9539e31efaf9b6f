# Drafted the analyst's audit of issue 22 (tests/Flowwatch.Tests/Analysis/Detection/findings-audit.csv) from
# `flowwatch demo`, `flowwatch ingest samples/real/` and `flowwatch scan --format json > scan.json`, at commit d65be12
# (country and value fixes in, detectors unchanged): python3 tools/findings-audit-draft.py scan.json findings-audit.csv
#
# Every medium and high finding gets one label. The DPRK, Russian-exit and MVD findings were read one by one (the
# `manual` table). The others follow an analyst's criteria, written out below so that they can be argued with:
#   noise      the baseline is zero or within the rounding of the published figures (a whole number of thousands
#              under 3, a Eurostat median of 0), or a single earlier figure under 50 persons;
#   misleading a Rosstat figure of 2020-Q1 (footnoted: new methodology) compared with earlier years, or a figure of
#              2021 or later that is still below its 2019 level (a recovery reported as a surge);
#   duplicate  a period nested in another medium or high finding of the same detector and series (the longest
#              period is the episode's finding);
#   correct    the rest: true to the published numbers and a real rise (the 2014 and 2022 Ukrainian asylum
#              applications, the 2018 World Cup visitors, Egypt after the charter ban); context where no rule bears.
# The labels are the measure: they are not changed to fit the detectors.
import json, sys, csv
scan=sys.argv[1]
f=json.load(open(scan))['findings']
mh=[x for x in f if x['severity']!='low']
def kind(p):
    return 'Q' if '-Q' in p else 'H' if '-H' in p else 'M' if len(p)==7 else 'Y'
def months(p):
    y=int(p[:4])
    if '-Q' in p: q=int(p[-1]); return (y,3*q-2,3*q)
    if '-H' in p: h=int(p[-1]); return (y,6*h-5,6*h)
    if len(p)==7: m=int(p[5:]); return (y,m,m)
    return (y,1,12)
def nests(a,b):
    ya,fa,la=months(a); yb,fb,lb=months(b)
    return ya==yb and fb<=fa and la<=lb and a!=b
labels={}
# manual judgments for the DPRK, Russian-exits and MVD findings (read one by one)
manual={
 ('suppression','ru-fsb-entries-by-purpose','KP','total','2025-Q2'):('correct','The FSB left the DPRK row blank from 2025-Q2 (events.csv); a real withholding of the series the sanctions story rests on.'),
 ('pretext-shift','ru-fsb-entries-by-purpose','KP','study','2024'):('correct','Study took 60 % of 2024 entries against 15 % in 2019, 61 times the known student head count: the pretext story, tied to 2397 OP8.'),
 ('pretext-shift','ru-fsb-entries-by-purpose','KP','study','2024-Q3'):('duplicate','The 2024-Q3 view of the 2024 shift to study (one episode).'),
 ('pretext-shift','ru-fsb-entries-by-purpose','KP','study','2023-Q3'):('noise','Its historical share (0 %) is the median of 2019-Q3 and the closed-border quarters 2020-Q3 to 2022-Q3: no baseline.'),
 ('surge','ru-fsb-entries-by-purpose','KP','study','2024-Q3'):('duplicate','The surge of study entries is the 2024 shift to study, said better by the pretext-shift finding.'),
 ('surge','ru-fsb-entries-by-purpose','KP','study','2024'):('duplicate','Same episode as the 2024 shift to study; its baseline is one figure (2019).'),
 ('surge','ru-fsb-entries-by-purpose','KP','study','2024-Q2'):('noise','Against the single 0 of 2020-Q2, a quarter of the closed border.'),
 ('surge','ru-fsb-entries-by-purpose','KP','study','2023-Q3'):('noise','Against zeros of the closed-border quarters and of 2019-Q3: no baseline.'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2024'):('correct','13,221 entries in 2024, twelve times 2023: the seed story (2023 itself only partly open; 2024 still below 2019).'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2024-Q1'):('duplicate','A quarter of the 2024 surge.'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2024-Q2'):('duplicate','A quarter of the 2024 surge.'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2024-Q3'):('duplicate','A quarter of the 2024 surge.'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2024-H1'):('duplicate','The first half of the 2024 surge.'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2023'):('misleading','The border reopened in August 2023: a recovery from the closed 2022 to far below 2019, reported as a surge.'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2023-H1'):('misleading','Both halves compared (2022-H1, 2023-H1) lie in the closed-border period.'),
 ('surge','ru-fsb-entries-by-purpose','KP','total','2023-Q3'):('duplicate','A quarter of the 2023 reopening, reported for the year already.'),
 ('surge','ru-fsb-entries-by-purpose','KP','business','2024-H1'):('misleading','Against 2023-H1, a half-year of the closed border, without saying so.'),
 ('surge','ru-fsb-entries-by-purpose','KP','private','2024-H1'):('misleading','Against 2023-H1, a half-year of the closed border, without saying so.'),
 ('surge','ru-fsb-exits-of-russians-by-purpose','KP','total','2025-Q4'):('correct','Russians\' trips to the DPRK in 2025-Q4 five times those of 2023-Q4 (the last published fourth quarter): tourism resumed; context, no rule bears on it.'),
 ('surge','ru-fsb-exits-of-russians-by-purpose','KP','total','2024'):('correct','Russians\' trips to the DPRK multiplied in 2024 (tourism resumed); context, no rule bears on it.'),
 ('surge','ru-fsb-exits-of-russians-by-purpose','KP','total','2023'):('misleading','Against 2022, a year of the closed border.'),
 ('surge','ru-fsb-exits-of-russians-by-purpose','KP','tourism','2025'):('correct','Russian tourist trips to the DPRK grew again in 2025 (5,075 against 1,957): context, no rule bears on it.'),
 ('inconsistency','ru-fsb-entries-by-purpose','KP','total','2023-Q3'):('correct','The two published tables of 2023-Q3 disagree (365 by purpose, 404 by mode).'),
 ('inconsistency','ru-fsb-entries-by-purpose','KP','total','2023-H1'):('correct','2023-H1 published as 370 while its quarters add to 366: a real discrepancy of the releases.'),
 ('surge','ru-mvd-visas-issued-by-type','KP','student','2019'):('correct','Student visas to DPRK citizens quadrupled in the year before the 2019 repatriation deadline: the pretext pattern.'),
 ('surge','ru-mvd-visas-issued-by-type','KP','tourist','2019'):('correct','Tourist visas to DPRK citizens rose eightfold in 2019, before the deadline: the pretext pattern.'),
}
def key(x): return (x['detector'],x['dataset'],x['partner'],x['breakdown'],x['period'])
def hist(x):
    # same-period figures in the evidence, by year
    return {int(e['period'][:4]):float(e['value']) for e in x['evidence'][1:] if kind(e['period'])==kind(x['period']) and months(e['period'])[1:]==months(x['period'])[1:]}
for x in mh:
    k=key(x)
    if k in manual: labels[x['id']]=manual[k]; continue
    d=x['detector']
    if d=='deadline-breach':
        labels[x['id']]=('correct','Work counted for DPRK nationals after the 22 December 2019 deadline of 2397 OP8, with the 2016 pre-ban figure.'); continue
    if d!='surge': labels[x['id']]=('correct','');continue
    base=float(x['baseline']); obs=float(x['observed']); ds=x['dataset']; p=x['period']
    h=hist(x); n=len(h)
    thousands='rosstat' in ds
    if base==0 or (thousands and base<3) or ' median of 0 ' in x['explanation']:
        labels[x['id']]=('noise','The baseline is zero or within the rounding of the published figures (%s): the ratio means nothing.'%('a whole number of thousands carries half a thousand either way' if thousands else 'Eurostat rounds to 5')); continue
    if n<=1 and base*(1000 if thousands else 1) < 50:
        labels[x['id']]=('noise','The baseline is a single small earlier figure (%s): too thin for a surge.'%base); continue
    if thousands and p.startswith('2020-Q1'):
        labels[x['id']]=('misleading','2020-Q1 is footnoted in Rosstat\'s sheet: data revised under a new methodology (order No. 640); the comparison crosses that break silently.'); continue
    if thousands and int(p[:4])>=2021 and 2019 in h and obs < h[2019]:
        labels[x['id']]=('misleading','A recovery after the 2020 closures to %s, still below %s in 2019: not a surge.'%(obs,h[2019])); continue
    labels[x['id']]=('correct','A rise far above the earlier figures of the same period (%d), true to the published numbers; context, no sanctions rule bears on it.'%n if not x['rules'] else 'A rise far above the earlier figures of the same period (%d).'%n)
# duplicates: nested periods of one detector and series, all medium/high; keep the longest period
by={}
for x in mh:
    by.setdefault((x['detector'],x['dataset'],x['partner'],x['breakdown']),[]).append(x)
for g in by.values():
    for x in g:
        if labels[x['id']][0] in ('noise','misleading') or x['detector']!='surge' or key(x) in manual: continue
        outer=[y for y in g if nests(x['period'],y['period']) and labels[y['id']][0] in ('correct','duplicate')]
        if outer:
            labels[x['id']]=('duplicate','Part of the episode reported for %s.'%max(outer,key=lambda y:months(y['period'])[2]-months(y['period'])[1])['period'])
w=csv.writer(open(sys.argv[2],'w'),lineterminator='\n')
w.writerow(['id','detector','dataset','partner','breakdown','period','severity','label','why'])
for x in mh:
    l,why=labels[x['id']]
    w.writerow([x['id'],x['detector'],x['dataset'],x['partner'],x['breakdown'],x['period'],x['severity'],l,why])
import collections
c=collections.Counter(labels[x['id']][0] for x in mh)
print(len(mh),c, 'kept %.0f%%'%(100*c['correct']/len(mh)))
