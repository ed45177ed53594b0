# Generates demo/mkscb-2011-12.json from the constitution (terms of reference) and the annual
# report (people, agencies, groups). Run: python3 demo/tools/generate_demo.py ../shared/seeds/mkscb-constitution-2009.txt
import json,re,random
from collections import Counter
C=open(__import__('sys').argv[1] if len(__import__('sys').argv)>1 else '../shared/seeds/mkscb-constitution-2009.txt').read().split('\n')
def md(a,b,title=None):
  out=[]
  for line in C[a-1:b-1]:
    s=line.rstrip()
    t=s.strip()
    if re.fullmatch(r"[A-Z][A-Z &'’/-]{3,}",t) and not t.startswith('MKSCB'):
      out.append('\n## '+t[0]+t[1:].lower()+'\n'); continue
    if re.fullmatch(r"[A-Z][A-Z0-9 &'’/.-]{3,}",t):
      out.append('\n## '+t[0]+t[1:].lower()+'\n'); continue
    if t.startswith('- '): out.append(t if not s.startswith(' ') else '  '+t); continue
    out.append(t)
  text='\n'.join(out)
  text=re.sub(r'\n{3,}','\n\n',text).strip()+'\n'
  if title: text='# '+title+'\n\n'+text
  return text
tor={
 'board': md(85,113,'Functions of the Board')+'\n'+md(171,213,'Structure and quorum').replace('# Structure and quorum\n\nMilton Keynes Safeguarding Children Board\n','# Structure and quorum\n'),
 'bmg': md(418,458,'Business Management Group terms of reference'),
 'qa': md(464,506,'Quality Assurance Sub-Group'),
 'pp': md(549,588,'Policy and Procedure Sub-Group'),
 'comm': md(590,638,'Communication and Engagement Sub-Group'),
 'td': md(640,689,'Training and Development Sub-Group'),
 'sw': md(691,742,'Safer Workforce Sub-Group'),
 'cdop': md(744,798,'Child Death Overview Panel'),
 'scr': md(800,853,'Serious Case Review Panel'),
}
A=[ # key, name, sector, statutory, joined_on, ended_on
 ('chair','Independent Chair','independent',False,None,None),
 ('amhs','Adult Mental Health Service','health',True,None,None),
 ('asc','Milton Keynes Council Adult Social Care','local_authority',True,None,None),
 ('cafcass','CAFCASS','other',True,None,None),
 ('desdoc','Designated Doctor - Safeguarding','health',True,None,None),
 ('dcs',"Director of Children's Services",'local_authority',True,None,None),
 ('primary','Primary schools','education',False,None,None),
 ('secondary','Secondary schools','education',False,None,None),
 ('special','Special schools','education',False,None,None),
 ('sha','Strategic Health Authority','health',True,None,None),
 ('woodhill','HMP Woodhill','prison',True,None,None),
 ('lay','Lay members','lay',False,None,None),
 ('lead','Lead Member for Children\'s Services','local_authority',False,None,None),
 ('college','Milton Keynes College','education',False,None,None),
 ('hospital','Milton Keynes NHS Foundation Trust','health',True,None,None),
 ('chs','Milton Keynes Community Health Services','health',True,None,None),
 ('cf','Milton Keynes Council Children & Families','local_authority',True,None,None),
 ('nhsmkn','NHS Milton Keynes & Northamptonshire','health',True,'2011-09-01',None),
 ('nspcc','NSPCC','voluntary',False,None,None),
 ('oakhill','Oakhill Secure Training Centre','prison',True,None,None),
 ('safermk','Safer MK','local_authority',True,None,None),
 ('tvp','Thames Valley Police','police',True,None,None),
 ('probation','Thames Valley Probation','probation',True,None,None),
 ('vol','Voluntary Sector','voluntary',False,None,None),
 ('yot','Youth Offending Team','youth_justice',True,None,None),
 ('unit','MKSCB Business Unit','local_authority',False,None,None),
 ('education','Milton Keynes Council Education','education',False,None,None),
 ('housing','Milton Keynes Council Housing','local_authority',True,None,None),
 ('nhsmk','NHS Milton Keynes','health',True,None,'2011-08-31'),
]
agencies=[{'key':k,'name':n,'sector':s,'statutory':st,'signed_constitution_on':('2009-10-01' if st and j is None else None),'joined_on':j,'ended_on':e} for k,n,s,st,j,e in A]
P=[ # key, name, title, agency, invented
 ('ecs','Elaine Coleridge Smith','MKSCB Independent Chair','chair',0),
 ('jw','Jill Wilkinson','Director of Nursing/Operational Director of Community Health Services','chs',0),
 ('ja','Jane Appleby','Lead Children, CAMHS and Safeguarding (Adults and Children) East Midlands Strategic Health Authority (SHA)','sha',0),
 ('cb','Christianne Best','Lay Member','lay',0),
 ('sc','Sue Cox','Head teacher Priory Rise, representing Primary Schools','primary',0),
 ('ad','Cllr Andy Dransfield','Lead Member, Children and Learning, MK Council','lead',0),
 ('ag','Andy Grout','Director, MK Play Association, representing Voluntary Sector','vol',0),
 ('th','Tony Halton','Director of Nursing, MK Hospital Foundation Trust','hospital',0),
 ('jh','Jo Hooper','Professional Advisor to MKSCB/Head of Safeguarding Children & Families, MK Council','cf',0),
 ('nj','Nick Jackman','Head teacher Walnuts School, representing Special Schools','special',0),
 ('pl','Phil Latham','Designated Doctor Safeguarding','desdoc',0),
 ('jl','James Lynch','Senior Probation Officer, Offender Management, HMP Woodhill','woodhill',0),
 ('sm','Sylvia Manson','Head of Safeguarding, NHS Milton Keynes & Northamptonshire','nhsmkn',0),
 ('lm','Lisa Milligan','Vice Principal, Milton Keynes College','college',0),
 ('jn','Jan Norman','Director of Nursing, NHS Milton Keynes & Northamptonshire','nhsmkn',0),
 ('rn','Richard North','Detective Chief Inspector, Thames Valley Police','tvp',0),
 ('jod',"John O'Donnell",'Head teacher Radcliffe School, representing Secondary Schools','secondary',0),
 ('vr','Vince Raymond','Director, Oakhill Secure Training Centre','oakhill',0),
 ('nr','Nicky Rayner','Assistant Director, Social Care & Integrated Support, Children & Families, MK Council','cf',0),
 ('jr','Jane Reed','Housing Assistant Director, MK Council','housing',0),
 ('dr','Dan Russell','Regional Head of Services, NSPCC','nspcc',0),
 ('ls','Lyn Scott','Assistant Director, Adult Social Care, MK Council','asc',0),
 ('as','Anna Selby','Director of Joint Mental Health Services','amhs',0),
 ('rs','Richard Solly','Head of Community Safety, Safer MK','safermk',0),
 ('zs','Zeinab Sulemani','Lay Member','lay',0),
 ('st','Sally Thomas','Head of Service, Thames Valley CAFCASS','cafcass',0),
 ('gt','Gail Tolley',"Director of Children's Services Children & Families, MK Council",'dcs',0),
 ('ju','Jo Ulyett','Designated Nurse Safeguarding, NHS Milton Keynes & Northamptonshire','nhsmkn',0),
 ('kv','Kilvinder Vigurs','Director, Thames Valley Probation','probation',0),
 ('lw','Lee Westlake','Head of Service, Youth Justice, MK Youth Offending Team','yot',0),
 ('zh','Zareen Hayat','Assistant Chief Officer, Thames Valley Probation','probation',0),
 ('ab','Amanda Blake','Detective Inspector, Public Protection Unit, Thames Valley Police','tvp',0),
 ('rh','Ruth Hester','Head of School Improvement, MK Council','education',0),
 ('bm','Sam Porter','MKSCB Business Manager','unit',1),
 ('adm','Ellen Marsh','MKSCB Administrator','unit',1),
 ('tm','Tom Ashby','MKSCB Inter-Agency Training Manager','unit',1),
 ('pc','Cllr Pat Carver','Lead Member, Children and Young People, MK Council (to May 2011)','lead',1),
 ('hb','Helen Brooke','Director of Commissioning, NHS Milton Keynes','nhsmk',1),
 ('kd','Karen Dale','Named Nurse Safeguarding Children, MK Hospital Foundation Trust','hospital',1),
 ('mo','Mark Osei','Detective Sergeant, Child Abuse Investigation Unit, Thames Valley Police','tvp',1),
 ('lf','Linda Frost','Local Authority Designated Officer, MK Council','cf',1),
 ('gp','Gwen Price','Consultant Paediatrician, MK Hospital Foundation Trust','hospital',1),
]
def email(n):
  n=n.replace('Cllr ','').replace("'",'').lower()
  return '.'.join(n.split())+'@example.org'
people=[{'key':k,'full_name':n,'job_title':t,'agency':a,'email':email(n),'phone':''} for k,n,t,a,i in P]
G=[ # key,name,short,kind,parent,chair,vice,cadence
 ('board','Milton Keynes Safeguarding Children Board','Board','board',None,'ecs','jw','quarterly'),
 ('bmg','Business Management Group','BMG','business_management_group','board','nr','rn','six_weekly'),
 ('qa','Quality Assurance Sub-Group','QA','sub_group','bmg','zh',None,'six_weekly'),
 ('pp','Policy and Procedure Sub-Group','P&P','sub_group','bmg','ju',None,'six_weekly'),
 ('scr','Serious Case Review Panel','SCR','panel','bmg','ab','ju','six_weekly'),
 ('sw','Safer Workforce Sub-Group','SW','sub_group','bmg','jh',None,'six_weekly'),
 ('comm','Communication and Engagement Sub-Group','Comms','sub_group','bmg','jh',None,'six_weekly'),
 ('td','Training and Development Sub-Group','T&D','sub_group','bmg','rh',None,'six_weekly'),
 ('cdop','Child Death Overview Panel','CDOP','panel','bmg','pl',None,'bi_monthly'),
]
QUORUM={'pp':{'min_members':0,'min_agencies':2,'required_agencies':[],'procedure_approval_agencies':3},'board':{'min_members':8,'min_agencies':4,'required_agencies':[]},'scr':{'min_members':0,'min_agencies':0,'required_agencies':['tvp','nhsmkn','cf']}}
groups=[{'quorum':QUORUM.get(k,{'min_members':0,'min_agencies':2,'required_agencies':[]}),'key':k,'name':n,'short_name':s,'kind':kd,'parent':p,'chair':c,'vice_chair':v,'cadence':cd,'terms_of_reference':tor[k],'terms_reviewed_on':'2011-06-16' if k=='board' else '2011-05-10'} for k,n,s,kd,p,c,v,cd in G]
# The panels holding the board's most sensitive records (docs/access.md).
CONFIDENTIAL={'cdop':'child_deaths','scr':'case_reviews'}
for g in groups:
  if g['key'] in CONFIDENTIAL: g['confidential_area']=CONFIDENTIAL[g['key']]
agency_of={k:a for k,n,t,a,i in P}
M=[]
def mem(g,p,role='core_member',start='2009-10-01',end=None,conf=True,agency=None):
  M.append({'group':g,'person':p,'agency':agency or agency_of[p],'role_category':role,'started_on':start,'ended_on':end,'confidentiality_signed_on':(start if conf else None)})
# Board: one core member per attendance row (see NOTES.md), plus advisers and administration.
for p in ['ecs','as','ls','st','pl','gt','sc','jod','nj','ja','jl','cb','zs','lm','th','jw','nr','dr','vr','rs','rn','kv','ag','lw']:
  start={'gt':'2010-04-01','lm':'2010-09-01','zs':'2011-05-01','cb':'2010-06-01'}.get(p,'2009-10-01')
  mem('board',p,start=start)
mem('board','jn',start='2011-09-01')
mem('board','sm','professional_adviser',start='2011-09-01')
mem('board','ju','professional_adviser',start='2011-09-01')
mem('board','jh','professional_adviser')
mem('board','jr','co_opted',start='2010-04-01',conf=False,agency='asc')
mem('board','pc','participant_observer',start='2009-10-01',end='2011-05-16')
mem('board','ad','participant_observer',start='2011-05-17')
mem('board','bm','board_administration')
mem('board','adm','board_administration',start='2010-02-01')
# Business Management Group: Police, NHS, Children's services, third sector, schools, probation.
for p,s in [('nr','2009-10-01'),('rn','2009-10-01'),('ju','2011-09-01'),('ag','2009-10-01'),('sc','2009-10-01'),('zh','2009-10-01')]:
  mem('bmg',p,start=s)
mem('bmg','hb',start='2009-10-01',end='2011-08-31')
mem('bmg','jh','professional_adviser')
mem('bmg','bm','board_administration')
# Sub-groups and panels.
for p in ['zh','ju','rn','kv','ag','nr','rh']: mem('qa',p,'professional_adviser' if p=='zh' else 'core_member',start='2010-04-01')
for p in ['ju','nr','kd','ab','rh']: mem('pp',p,'professional_adviser' if p=='ju' else 'core_member',start='2010-04-01')
mem('pp','bm','board_administration',start='2010-04-01')
for p in ['ab','ju','nr','jh']: mem('scr',p,'professional_adviser' if p=='ab' else 'core_member',start='2010-04-01')
# RULE: constitution appendix 4 - the panel is quorate with the police, health and children's
# social care present: Amanda Blake chairs as an adviser, so a police officer sits as a core member.
mem('scr','mo',start='2010-04-01')
mem('scr','bm','professional_adviser',start='2010-04-01')
for p in ['jh','lf','kd','rn','rh','ag']: mem('sw',p,'professional_adviser' if p=='jh' else 'core_member',start='2010-04-01')
for p in ['jh','kd','rn','ag','cb']: mem('comm',p,'professional_adviser' if p=='jh' else 'core_member',start='2010-04-01')
mem('comm','bm','board_administration',start='2010-04-01')
for p in ['rh','nr','ju','kd','lm','rn','kv','ag']: mem('td',p,'professional_adviser' if p=='rh' else 'core_member',start='2010-04-01')
mem('td','tm','board_administration',start='2010-04-01')
for p in ['pl','gp','kd','mo','nr','zs']: mem('cdop',p,'professional_adviser' if p=='pl' else 'core_member',start='2010-04-01')
mem('cdop','adm','board_administration',start='2010-04-01')
users=[
 {'email':'business.manager@demo.safeboard.test','display_name':'Sam Porter (Business Manager)','password':'demo-business-manager','person':'bm','is_admin':False},
 {'email':'chair@demo.safeboard.test','display_name':'Elaine Coleridge Smith (Independent Chair)','password':'demo-chair','person':'ecs','is_admin':False},
 {'email':'member@demo.safeboard.test','display_name':'Richard North (Board member)','password':'demo-member','person':'rn','is_admin':False},
 {'email':'qa.chair@demo.safeboard.test','display_name':'Zareen Hayat (Quality Assurance chair)','password':'demo-qa-chair','person':'zh','is_admin':False},
 {'email':'lay.member@demo.safeboard.test','display_name':'Christianne Best (Lay member)','password':'demo-lay-member','person':'cb','is_admin':False},
 {'email':'admin@demo.safeboard.test','display_name':'Deployment administrator','password':'demo-admin','person':None,'is_admin':True},
 {'email':'cdop.chair@demo.safeboard.test','display_name':'Phil Latham (CDOP chair)','password':'demo-cdop-chair','person':'pl','is_admin':False},
 {'email':'cdop.member@demo.safeboard.test','display_name':'Gwen Price (CDOP member)','password':'demo-cdop-member','person':'gp','is_admin':False},
 {'email':'case.review.chair@demo.safeboard.test','display_name':'Amanda Blake (Serious Case Review Panel chair)','password':'demo-case-review-chair','person':'ab','is_admin':False},
 {'email':'lead.member@demo.safeboard.test','display_name':'Cllr Andy Dransfield (Lead Member, participant observer)','password':'demo-lead-member','person':'ad','is_admin':False},
]
# ----- Meetings of 2011-12 -----
# RULE: annual report 1.3 - five Board meetings (four business meetings and the development
# day); each attendance row's published percentage is reproduced by these marks.
board_meetings=[('b1','Board meeting','2011-04-14'),('b2','Board meeting','2011-06-16'),
                ('b3','Board development day','2011-09-15'),('b4','Board meeting','2011-12-08'),
                ('b5','Board meeting','2012-03-15')]
# person -> marks at b1..b5: P present, A apologies, X absent, D<key> deputy, - not a member yet
BOARD={
 'ecs':'PPPPP','as':'PAPAX','ls':'PAPPA','st':'APXPA','pl':'PPPPP','gt':'PPDPA'.replace('D','P'),
 'sc':'PPPPP','jod':'PAPAP','nj':'APPPA','ja':'PAAPX','jl':'XPAPA','cb':'PAAPA','zs':'-APAA',
 'pc':'P----','ad':'-APPA','lm':'PPAPA','th':'PDPPA','jw':'PPPPP','nr':'PPPPP','jh':'PPAPP',
 'jn':'--PPP','sm':'--PAP','ju':'--APP','dr':'AAXAA','vr':'APAPX','rs':'PPAPP','rn':'PDAPA',
 'kv':'ADPAP','ag':'AXPAA','lw':'PPPAP','jr':'AXAXA','bm':'PPPPP','adm':'PPPPP',
}
DEPUTY={'th':'kd','rn':'ab','kv':'zh'}
meetings=[]; attendance=[]
for i,(key,title,date) in enumerate(board_meetings):
  meetings.append({'key':key,'group':'board','title':title,'meets_on':date,'cancelled':False})
  for person,marks in BOARD.items():
    m=marks[i]
    if m=='-': continue
    status={'P':'present','A':'apologies','X':'absent','D':'deputy'}[m]
    attendance.append({'meeting':key,'person':person,'status':status,'deputy':DEPUTY.get(person) if m=='D' else None})
# A year of Business Management Group meetings, every six weeks, one of them cancelled.
import datetime
bmg_members=['nr','rn','ju','ag','sc','zh','hb','jh','bm']
d=datetime.date(2011,4,7)
for i in range(8):
  key='bmg%d'%(i+1)
  meetings.append({'key':key,'group':'bmg','title':'Business Management Group','meets_on':d.isoformat(),'cancelled':i==5})
  if i!=5:
    for j,p in enumerate(bmg_members):
      if p=='ju' and d<datetime.date(2011,9,1): continue
      if p=='hb' and d>datetime.date(2011,8,31): continue
      status='apologies' if (i+j)%5==0 else 'present'
      attendance.append({'meeting':key,'person':p,'status':status,'deputy':None})
  d+=datetime.timedelta(weeks=6)
# Quality Assurance: one quorate meeting and one inquorate (only Probation's chair and an
# adviser came).
meetings.append({'key':'qa1','group':'qa','title':'Quality Assurance Sub-Group','meets_on':'2011-05-19','cancelled':False})
for p in ['zh','ju','rn','kv','ag','nr','rh']:
  attendance.append({'meeting':'qa1','person':p,'status':'present' if p in ('zh','rn','ag','nr') else 'apologies','deputy':None})
meetings.append({'key':'qa2','group':'qa','title':'Quality Assurance Sub-Group','meets_on':'2011-07-07','cancelled':False})
for p in ['zh','ju','rn','kv','ag','nr','rh']:
  attendance.append({'meeting':'qa2','person':p,'status':'present' if p in ('zh','kv') else 'apologies','deputy':None})
# RULE: annual report 2.5 - the CDOP meets bi-monthly: six panels in 2011-12 (second Thursday of
# May, July, September, November, January and March) completed the year's 29 reviews; the first
# cases of possible suicide were discussed at the May 2011 panel.
def second_thursday(y,m):
  d=datetime.date(y,m,1)
  return d+datetime.timedelta(days=(3-d.weekday())%7+7)
CDOP_MEETINGS=[('cdop%d'%(i+1),second_thursday(y,m)) for i,(y,m) in enumerate([(2011,5),(2011,7),(2011,9),(2011,11),(2012,1),(2012,3)])]
# person -> marks at the six panels (P present, A apologies); at least two agencies' core members
# are present at each (the panel's quorum: two agencies).
CDOP_MARKS={'pl':'PPPPPP','gp':'PPAPPP','kd':'PAPPPA','mo':'APPAPP','nr':'PPPPAP','zs':'APAPAA','adm':'PPPPPP'}
for i,(key,on) in enumerate(CDOP_MEETINGS):
  meetings.append({'key':key,'group':'cdop','title':'Child Death Overview Panel','meets_on':on.isoformat(),'cancelled':False})
  for p,marks in CDOP_MARKS.items():
    attendance.append({'meeting':key,'person':p,'status':{'P':'present','A':'apologies'}[marks[i]],'deputy':None})
# RULE: annual report 2.4 - the Serious Case Review sub-group meets six-weekly and considered nine
# cases in 2011-12. RULE: constitution appendix 4 - each meeting that decides is quorate: the
# police (Mark Osei), health (Jo Ulyett, or Sylvia Manson as her deputy) and children's social
# care (Nicky Rayner or Jo Hooper) present.
SCR_MEETINGS=[('scr%d'%(i+1),d) for i,d in enumerate(['2011-04-28','2011-06-09','2011-07-21','2011-09-01','2011-10-13','2011-11-24','2012-01-19','2012-03-01'])]
SCR_MARKS={'ab':'PPPPPPPP','ju':'PPPDPPPP','nr':'PAPPAPPA','jh':'PPAPPPAP','mo':'PPPPPPPP','bm':'PPPPPPPP'}
SCR_DEPUTY={'ju':'sm'}
for i,(key,on) in enumerate(SCR_MEETINGS):
  meetings.append({'key':key,'group':'scr','title':'Serious Case Review Panel','meets_on':on,'cancelled':False})
  for p,marks in SCR_MARKS.items():
    m=marks[i]
    attendance.append({'meeting':key,'person':p,'status':{'P':'present','A':'apologies','D':'deputy'}[m],'deputy':SCR_DEPUTY[p] if m=='D' else None})
for key,on in SCR_MEETINGS:  # the quorum rule, checked here too: core members of tvp, nhsmkn and cf
  there={agency_of[a['person']] for a in attendance if a['meeting']==key and a['status'] in ('present','deputy') and a['person']!='ab' and a['person']!='bm'}
  assert {'tvp','nhsmkn','cf'}<=there, key
decisions=[
 {'meeting':'b2','group':'board','decided_on':'2011-06-16','text':'The Board approved the MKSCB Annual Report 2010-11 for publication.','chairs_action':False},
 {'meeting':'qa1','group':'qa','decided_on':'2011-05-19','text':'The sub-group agreed the audit programme for 2011-12.','chairs_action':False},
 {'meeting':None,'group':'board','decided_on':'2011-08-10','text':"Chair's action: agreed to fund the Missing Children Pilot Project (Barnardo's) from the 2010-11 carry forward, with the BMG chair and professional adviser.",'chairs_action':True,'ratified_at':'b3'},
]
actions=[
 {'meeting':'b2','description':'Circulate the Section 11 audit tool to statutory partners','owner':'bm','due_on':'2011-07-31','status':'done'},
 {'meeting':'b4','description':'Report on the multi-agency audit commissioned with the Social Work Improvement Fund','owner':'zh','due_on':'2012-06-30','status':'open'},
]
# Board agendas beyond the standing items (minutes, matters arising, ratification), which the
# loader adds itself; minutes per item; one paper.
agenda={
 'b1':[('Business Management Group progress report','Nicky Rayner',False,False,'The Board noted progress against the 2011-13 business plan.'),
       ('Budget 2011-12','Sam Porter',True,False,'The Board agreed the budget of £237,571.'),
       ('Serious case review referral','Amanda Blake',True,True,'Discussed in closed session.')],
 'b2':[('MKSCB Annual Report 2010-11','Elaine Coleridge Smith',True,False,'The Board approved the annual report for publication.'),
       ('Section 11 audit','Zareen Hayat',False,False,'Members agreed to return the audit tool by 31 July.')],
 'b3':[('Development day: Munro review and the Board\'s priorities','Elaine Coleridge Smith',False,False,'Members worked on the three themes of the 2011-13 plan.')],
 'b4':[('Child Death Overview Panel annual report','Phil Latham',False,False,'The Board received the CDOP report.'),
       ('Social Work Improvement Fund multi-agency audit','Zareen Hayat',True,False,'The Board agreed to commission the audit.')],
 'b5':[('Business plan progress','Nicky Rayner',False,False,'The Board noted progress; two actions are amber.'),
       ('Case review panel report','Amanda Blake',False,True,'Discussed in closed session.')],
}
# The panels' own items beyond the standing ones (confidential: only the panel sees them).
agenda['cdop1']=[('Possible suicides: two young people who died in 2010','Phil Latham',False,True,
                  'The panel discussed its first cases of possible suicide. Coronial processes are slow, but need not stop action: CAMHS and partner agencies to take forward prevention work.')]
agenda['scr2']=[('Referral from the Child Death Overview Panel','Amanda Blake',True,True,'Discussed in closed session; the decision is recorded on the referral.')]
agenda['scr5']=[('Learning from national serious case reviews','Amanda Blake',True,False,
                 'The panel considered Ofsted\'s evaluation of serious case reviews and agreed to ask the Training and Development sub-group for briefings.')]
agenda_items=[]
for key,items in agenda.items():
  for title,presenter,decision,confidential,minute in items:
    agenda_items.append({'meeting':key,'title':title,'presenter':presenter,'decision_needed':decision,'confidential':confidential,'minute_text':minute})
papers=[{'meeting':'b1','item':'Budget 2011-12','file_name':'MKSCB budget 2011-12.pdf','uploaded_at':'2011-04-05T09:00:00Z'}]
minutes=[]
order=['b1','b2','b3','b4','b5']
for i,key in enumerate(order):
  entry={'meeting':key,'body':'Chaired by Elaine Coleridge Smith, Independent Chair.','status':'approved' if i<4 else 'circulated','circulated_on':None,'approved_at':order[i+1] if i<4 else None}
  minutes.append(entry)
disputes=[{'summary':"Thresholds for referral to children's social care",'raised_on':'2011-11-15','convened_on':'2011-12-01','met_on':'2012-01-20','mediator_agreed_on':'2011-12-05'}]
# ----- Performance data -----
# Annual report appendix 3 (both years) and 2011-12's categories and age bands; the child
# population 0-17 by year (not published: chosen so that 55 children are 9.4 per 10,000, and
# 40 are 6.9; see NOTES.md).
populations={'2010':57900,'2011':58600}
child_protection={
 '2010':{'initial_assessments':1331,'core_assessments':666,'s47_enquiries':391,'initial_conferences':87,'plans_at_year_end':40,'became_subject':84,'with_previous_plan':2,'plans_ceased':110,'ceased_after_two_years':2,'reviews_on_time_percent':100,
         'category:neglect':39,'category:emotional':36,'category:physical':6,'category:sexual':2,'category:multiple':1},
 '2011':{'initial_assessments':1451,'core_assessments':664,'s47_enquiries':312,'initial_conferences':97,'plans_at_year_end':55,'became_subject':95,'with_previous_plan':4,'plans_ceased':80,'ceased_after_two_years':0,'reviews_on_time_percent':100,
         'category:neglect':71,'category:emotional':10,'category:physical':9,'category:sexual':3,'category:multiple':2,
         'age:unborn':8,'age:under_1':10,'age:1_4':36,'age:5_9':29,'age:10_15':10,'age:16_17':2},
}
# The Stay Safe indicators of the 2010-11 plan (appendix 1): national and MK 2008/09, targets.
indicators=[
 {'code':'NI 71','name':'Self assessment of local procedures for runaway or missing children (score out of 15)','cluster':'staying_safe','agency':'cf','unit':'count','better':'higher','values':{'2008-09':4},'national':{},'targets':{'2009-10':8,'2010-11':10}},
 {'code':'NI 63','name':'Long term stability of placements for children in care','cluster':'staying_safe','agency':'cf','unit':'percentage','better':'higher','values':{'2008-09':72.3},'national':{'2008-09':65.7},'targets':{'2009-10':74,'2010-11':76}},
 {'code':'NI 62','name':'Children in care with 3 or more placement moves in a year','cluster':'staying_safe','agency':'cf','unit':'percentage','better':'lower','values':{'2008-09':10.3},'national':{'2008-09':11.4},'targets':{'2009-10':10,'2010-11':9}},
 {'code':'Local','name':'Children in care in residential placements','cluster':'staying_safe','agency':'cf','unit':'percentage','better':'lower','values':{'2008-09':15.2},'national':{},'targets':{'2009-10':14,'2010-11':12}},
 {'code':'NI 32','name':'Repeat incidents of domestic violence','cluster':'prevention','agency':'safermk','unit':'percentage','better':'lower','values':{},'national':{},'targets':{'2009-10':28,'2010-11':28}},
 {'code':'NI 69','name':'Children and young people who report having experienced bullying (Tellus survey)','cluster':'prevention','agency':'cf','unit':'percentage','better':'lower','values':{'2008-09':47},'national':{'2008-09':48},'targets':{'2009-10':45,'2010-11':43}},
 {'code':'NI 67','name':'Child protection plans reviewed in timescale','cluster':'child_protection','agency':'cf','unit':'percentage','better':'higher','values':{'2008-09':88.6,'2010-11':100,'2011-12':100},'national':{'2008-09':99.4},'targets':{'2009-10':100,'2010-11':100}},
 {'code':'CP rate','name':'Children subject to a child protection plan at 31 March per 10,000 aged 0-17','cluster':'child_protection','agency':'cf','unit':'rate_per_10000','better':'lower','counts':{'2010-11':40,'2011-12':55},'values':{},'national':{'2010-11':38.3},'targets':{}},
 {'code':'NI 64','name':'Child protection plans lasting 2 years or more','cluster':'child_protection','agency':'cf','unit':'percentage','better':'lower','values':{'2008-09':0},'national':{'2008-09':5},'targets':{'2009-10':4,'2010-11':4}},
 {'code':'NI 59','name':'Initial assessments completed in timescale','cluster':'quality','agency':'cf','unit':'percentage','better':'higher','values':{'2008-09':77.9},'national':{'2008-09':71},'targets':{'2009-10':80,'2010-11':82}},
 {'code':'NI 60','name':'Core assessments completed in timescale','cluster':'quality','agency':'cf','unit':'percentage','better':'higher','values':{'2008-09':84.7},'national':{'2008-09':80},'targets':{'2009-10':85,'2010-11':85}},
]
# ----- Child deaths (CDOP) -----
# RULE: annual report 2.5 - deaths notified by financial year (36, 34, 28, 18 from 2008-09), one
# of 2011-12's not normally resident; the calendar years before the panel (2003-2007) as counts.
# Each notification is pseudonymous (the system gives it a CD- reference): dates, sex, place and
# who notified, never a name. Invented: every individual record; see NOTES.md.
R=random.Random(20120331)
D=datetime.date
def day(text): return D.fromisoformat(text)
cdop_history=[{'period':str(y),'deaths':n} for y,n in zip(range(2003,2008),[34,23,25,28,22])]
NOTIFIED={2008:36,2009:34,2010:28,2011:18}
# category -> (age at death in days: min, max), places, expected share, who notifies
PROFILE={
 'perinatal':((0,27),['hospital'],0.7,["Neonatal unit, MK Hospital","Paediatric liaison, MK Hospital","Midwifery, MK Hospital"]),
 'chronic_medical':((365,16*365),['hospital','hospice','home'],1.0,["Paediatric liaison, MK Hospital","Community children's nursing team","Children's hospice"]),
 'infection':((30,8*365),['hospital'],0.0,["Paediatric liaison, MK Hospital","Tertiary hospital (out of area)"]),
 'suicide':((14*365+30,17*365+300),['home','public_place'],0.0,["Coroner's officer","Thames Valley Police"]),
 'trauma':((365,15*365),['home','public_place'],0.0,["Coroner's officer"]),
 'malignancy':((2*365,17*365),['hospice','home','hospital'],1.0,["Children's hospice","Community children's nursing team","Tertiary hospital (out of area)"]),
 'chromosomal':((0,4*365),['hospital'],0.8,["Paediatric liaison, MK Hospital","Tertiary hospital (out of area)"]),
 'acute_medical':((365,16*365),['hospital'],0.0,["Paediatric liaison, MK Hospital","Coroner's officer"]),
 'sudden_unexplained':((30,330),['home','hospital'],0.0,["Coroner's officer"]),
}
def fy_bounds(fy): return D(fy,4,1),D(fy+1,3,31)
def notification(death,category,resident=True):
  (lo,hi),places,expected,by=PROFILE[category]
  fy=death.year-(1 if death.month<4 else 0)
  notified=min(death+datetime.timedelta(days=R.choice([0,0,1,1,2,3])),fy_bounds(fy)[1])
  return {'date_of_birth':(death-datetime.timedelta(days=R.randint(lo,hi))).isoformat(),'date_of_death':death.isoformat(),
          'sex':R.choice(['female','male']),'normally_resident':resident,'place_of_death':R.choice(places),
          'expected':'expected' if R.random()<expected else 'unexpected','notified_by':R.choice(by),'notified_on':notified.isoformat()}
LESSONS={
 'perinatal':["Extreme prematurity; care in the neonatal unit was appropriate.","Complications of a preterm birth; the family was supported by the neonatal unit and bereavement midwife.",
              "Birth asphyxia; the maternity service's own review found care appropriate."],
 'chronic_medical':["An expected death from a life-limiting condition; an end-of-life plan was in place and followed.",
                    "A known life-limiting condition; the family was supported by the community children's nursing team and the hospice."],
 'infection':["Overwhelming infection; treatment was prompt and appropriate.","Severe infection in a child with no previous illness; the family was supported by the paediatric team."],
 'suicide':["Possible suicide of a young person; the inquest is awaited. The panel discussed support for peers and the school."],
 'trauma':["An accidental death at home."],
 'malignancy':["An expected death from cancer; palliative care at the family's chosen place."],
 'chromosomal':["A congenital anomaly diagnosed before birth; a palliative care plan was agreed with the family."],
 'acute_medical':["An acute illness; the hospital's review found care appropriate."],
 'sudden_unexplained':["Sudden unexpected death in infancy; the rapid response was followed. Safe sleeping advice was given to the family."],
}
MODIFIABLE_FACTORS=['Consanguinity','Medical care','Parental care','Cigarette smoking','Accident']
# The 29 deaths reviewed in 2011-12: (panel, category, date of death, modifiable factors or '',
# recommendation areas, safeguarding referral summary or '', lessons or '').
# RULE: annual report 2.5 - 29 reviews over six panels; by the year of death 1 (2008-09), 7
# (2009-10), 14 (2010-11), 7 (2011-12); perinatal 13, known life-limiting (chronic medical) 6,
# infection 6, apparent suicide 3 (two deaths in 2010, one in 2011), trauma 1; modifiable factors
# identified in 7, none in 22; no SUDI; recommendations in six areas; two safeguarding cases
# referred to the Serious Case Review sub-group.
SAFEGUARDING_1=("The panel identified safeguarding concerns: the child's young parents had little contact with "
                "health services and medical help was sought late. The sub-group is asked whether the criteria for a "
                "serious case review are met.")
SAFEGUARDING_2=("The panel identified safeguarding concerns: a concealed pregnancy of a young mother with no antenatal "
                "care. The sub-group is asked whether the criteria for a serious case review are met.")
REVIEWED_2011=[
 ('cdop1','suicide','2010-06-19','',['local_organisation','community_education'],'',''),
 ('cdop1','suicide','2010-10-08','',['local_organisation'],'',''),
 ('cdop1','perinatal','2009-02-16','',['none'],'','Reviewed after legal proceedings concluded; care was appropriate.'),
 ('cdop1','infection','2010-11-23','Parental care',['individual_case','local_organisation'],SAFEGUARDING_1,
  'Better use of information in health records to target support for young parents.'),
 ('cdop1','perinatal','2009-11-12','',['none'],'',''),
 ('cdop2','perinatal','2010-01-19','Cigarette smoking',['advocacy','community_education'],'','Smoking in pregnancy: advice to be given at every contact and recorded.'),
 ('cdop2','chronic_medical','2009-08-30','Consanguinity',['advocacy'],'','Genetic counselling to be offered to the wider family.'),
 ('cdop2','perinatal','2011-01-14','',['none'],'',''),
 ('cdop2','infection','2011-02-03','',['none'],'',''),
 ('cdop2','chronic_medical','2011-03-02','',['none'],'',''),
 ('cdop3','perinatal','2010-02-25','',['none'],'',''),
 ('cdop3','infection','2009-12-08','Medical care',['local_organisation'],'','Out-of-hours assessment of a feverish child to follow the NICE traffic-light guidance.'),
 ('cdop3','perinatal','2011-02-21','',['none'],'',''),
 ('cdop3','chronic_medical','2010-12-11','',['none'],'',''),
 ('cdop3','perinatal','2011-05-10','',['none'],'',''),
 ('cdop4','perinatal','2011-06-18','Parental care, cigarette smoking',['individual_case','local_organisation'],SAFEGUARDING_2,
  'Better use of information in health records to target support for young parents.'),
 ('cdop4','perinatal','2011-03-15','Cigarette smoking',['community_education'],'','Smoking in pregnancy: the CONI scheme and smoking cessation to be offered.'),
 ('cdop4','infection','2011-01-27','',['none'],'',''),
 ('cdop4','chronic_medical','2010-03-17','',['none'],'',''),
 ('cdop4','trauma','2010-09-04','Accident',['legislation','community_education'],'','An accident with a looped window blind cord: national safety standards and local awareness.'),
 ('cdop5','perinatal','2010-12-30','',['none'],'',''),
 ('cdop5','infection','2011-08-05','',['none'],'',''),
 ('cdop5','chronic_medical','2011-03-24','',['none'],'',''),
 ('cdop5','perinatal','2011-07-22','',['none'],'',''),
 ('cdop5','infection','2009-10-02','',['none'],'',''),
 ('cdop6','suicide','2011-05-27','',['local_organisation','community_education'],'',''),
 ('cdop6','perinatal','2011-02-09','',['none'],'',''),
 ('cdop6','chronic_medical','2011-09-14','',['none'],'',''),
 ('cdop6','perinatal','2011-10-20','',['none'],'',''),
]
cdop_dates=dict((k,d.isoformat()) for k,d in CDOP_MEETINGS)
cases=[]  # (notification, review or None)
for meeting,category,died,factors,areas,referral,lessons in REVIEWED_2011:
  n=notification(day(died),category)
  cases.append((n,{'meeting':meeting,'reviewed_on':cdop_dates[meeting],'category':category,
                   'modifiable':'identified' if factors else 'not_identified','modifiable_factors':factors,'sudi':False,
                   'safeguarding_concern':bool(referral),'referral_summary':referral,
                   'lessons':lessons or R.choice(LESSONS[category]),'recommendation_areas':areas}))
# The other deaths: most of 2008-09 to 2010-11 reviewed at earlier panels (before the system, so
# no meeting record), children not normally resident reviewed by their home area's panel, two of
# 2010-11 awaiting inquests, and 2011-12's others awaiting review at the year's end.
EARLIER_PANELS=[second_thursday(y,m) for y in range(2008,2012) for m in (1,3,5,7,9,11) if D(2008,7,1)<=second_thursday(y,m)<D(2011,4,1)]
WEIGHTS={'perinatal':38,'chronic_medical':18,'infection':14,'chromosomal':10,'malignancy':8,'acute_medical':6,'sudden_unexplained':4,'trauma':2}
OTHER_AREAS=['individual_case','community_education','local_organisation','advocacy','training','regional_policy']
def earlier_review(n,category):
  died=day(n['date_of_death'])
  panels=[p for p in EARLIER_PANELS if p>=died+datetime.timedelta(days=R.randint(50,200))] or [p for p in EARLIER_PANELS if p>=died+datetime.timedelta(days=30)]
  roll=R.random()
  modifiable='identified' if roll<0.15 or category=='sudden_unexplained' else 'inadequate_information' if roll<0.18 else 'not_identified'
  factors={'perinatal':'Cigarette smoking','sudden_unexplained':'Parental care','trauma':'Accident','chronic_medical':'Consanguinity'}.get(category,'Medical care') if modifiable=='identified' else ''
  return {'meeting':None,'reviewed_on':panels[0].isoformat(),'category':category,'modifiable':modifiable,'modifiable_factors':factors,
          'sudi':category=='sudden_unexplained','safeguarding_concern':False,'referral_summary':'','lessons':R.choice(LESSONS[category]),
          'recommendation_areas':sorted(R.sample(OTHER_AREAS,R.randint(1,2)),key=OTHER_AREAS.index) if modifiable=='identified' else ['none']}
def random_category(): return R.choices(list(WEIGHTS),list(WEIGHTS.values()))[0]
def random_death(start,end): return start+datetime.timedelta(days=R.randint(0,(end-start).days))
# financial year -> (not normally resident, awaiting review though resident, latest death reviewed earlier)
OTHERS={2008:(2,0,D(2009,3,31)),2009:(1,0,D(2010,3,31)),2010:(1,2,D(2010,11,30)),2011:(1,10,None)}
for fy,(away,awaiting,last) in OTHERS.items():
  start,end=fy_bounds(fy)
  todo=NOTIFIED[fy]-sum(1 for n,v in cases if start<=day(n['notified_on'])<=end)
  for i in range(todo):
    category=random_category()
    if i<away:
      cases.append((notification(random_death(start,end-datetime.timedelta(days=4)),category,resident=False),None))
    elif i<away+awaiting:
      cases.append((notification(random_death(start,end-datetime.timedelta(days=4)),'trauma' if fy==2010 else category),None))
    else:
      n=notification(random_death(start,last),category)
      cases.append((n,earlier_review(n,category)))
cases.sort(key=lambda c:(c[0]['notified_on'],c[0]['date_of_death']))
cd_notifications=[]; cd_reviews=[]
for i,(n,v) in enumerate(cases):
  n['key']='cd%03d'%(i+1)
  cd_notifications.append(n)
  if v: cd_reviews.append(dict(v,notification=n['key']))
SAFEGUARDING_KEYS=[v['notification'] for v in cd_reviews if v['safeguarding_concern']]
def fy_of(text): d=day(text); return d.year-(1 if d.month<4 else 0)
# checks: the published figures, from the records
for fy,count in NOTIFIED.items(): assert sum(1 for n in cd_notifications if fy_of(n['notified_on'])==fy)==count,fy
assert sum(1 for n in cd_notifications if fy_of(n['notified_on'])==2011 and not n['normally_resident'])==1
for n in cd_notifications:
  assert n['date_of_birth']<=n['date_of_death']<=n['notified_on'] and fy_of(n['date_of_death'])==fy_of(n['notified_on']),n
  assert (day(n['date_of_death'])-day(n['date_of_birth'])).days<18*365
year=[v for v in cd_reviews if fy_of(v['reviewed_on'])==2011]
by_key={n['key']:n for n in cd_notifications}
assert len(year)==29 and all(v['meeting'] for v in year)
assert Counter(fy_of(by_key[v['notification']]['date_of_death']) for v in year)=={2008:1,2009:7,2010:14,2011:7}
assert Counter(v['category'] for v in year)=={'perinatal':13,'chronic_medical':6,'infection':6,'suicide':3,'trauma':1}
assert Counter(v['modifiable'] for v in year)=={'identified':7,'not_identified':22}
assert not any(v['sudi'] for v in year) and sum(v['safeguarding_concern'] for v in year)==2==len(SAFEGUARDING_KEYS)
assert {a for v in year for a in v['recommendation_areas']}=={'individual_case','community_education','local_organisation','advocacy','legislation','none'}
for v in cd_reviews:
  n=by_key[v['notification']]
  assert v['reviewed_on']>=n['notified_on'] and (v['recommendation_areas']==['none'] or 'none' not in v['recommendation_areas'])
  assert all(f.strip().capitalize() in MODIFIABLE_FACTORS for f in v['modifiable_factors'].split(',') if f) and (v['modifiable']=='identified')==bool(v['modifiable_factors'])
  assert v['meeting'] or fy_of(v['reviewed_on'])<2011
assert sorted(by_key[v['notification']]['date_of_death'][:4] for v in year if v['category']=='suicide')==['2010','2010','2011']
assert all(v['reviewed_on']>=cdop_dates['cdop1'] for v in year if v['category']=='suicide')
child_deaths={'history':cdop_history,'notifications':cd_notifications,'reviews':cd_reviews}
# ----- Case reviews -----
# RULE: annual report 2.4 - since April 2011 the sub-group reviewed nine cases, none meeting the
# criteria for a serious case review: Case 1 (Health initiated an IMR), Case 3 (a multi-agency
# review), Case 5 (MK Hospital Foundation Trust's Serious Incident report shared); 2, 4, 6-9
# nothing further. Cases 1 and 6 are the CDOP's two safeguarding referrals (2.5: Health's
# Safeguarding Children Team completed an internal case review). The others' summaries are invented.
HEALTH_REVIEW=("The criteria for a serious case review are not met. Health's Safeguarding Children Team completed an "
               "internal case review to identify lessons learnt, including better use of information in health "
               "records to target support for young parents.")
NOT_MET="The criteria for a serious case review are not met. No further review; the learning is noted for the sub-group's themes."
scr_dates=dict(SCR_MEETINGS)
AGENCY_KEYS={a['key'] for a in agencies}
referrals=[
 {'key':'case1','child_death':SAFEGUARDING_KEYS[0],'meeting':'scr2','decision':'criteria_not_met','follow_up':'agency_review','follow_up_agency':'nhsmk',
  'decision_notes':"Health initiated an individual management review. "+HEALTH_REVIEW},
 {'key':'case2','referred_on':'2011-06-20','referring_agency':'tvp','summary':'A young person seriously injured in an assault at home; the police ask whether agencies who knew the family worked together well.',
  'meeting':'scr3','decision':'criteria_not_met','follow_up':'none','decision_notes':NOT_MET},
 {'key':'case3','referred_on':'2011-07-04','referring_agency':'cf','summary':'An infant with unexplained injuries; several agencies knew of domestic abuse in the household and questions are raised about how they shared it.',
  'meeting':'scr3','decision':'criteria_not_met','follow_up':'multi_agency_review',
  'decision_notes':'The criteria for a serious case review are not met. The sub-group initiated a multi-agency review of the case, on how agencies shared information about domestic abuse.'},
 {'key':'case4','referred_on':'2011-08-10','referring_agency':'yot','summary':'A young person known to the Youth Offending Team seriously injured in a road traffic collision while missing from home.',
  'meeting':'scr4','decision':'criteria_not_met','follow_up':'none','decision_notes':NOT_MET},
 {'key':'case5','referred_on':'2011-09-20','referring_agency':'hospital','summary':'A baby born in poor condition after a delayed transfer in labour; the Trust has begun a Serious Incident investigation.',
  'meeting':'scr5','decision':'criteria_not_met','follow_up':'serious_incident_report',
  'decision_notes':'The criteria for a serious case review are not met. The Serious Incident report from Milton Keynes Hospital Foundation Trust is to be shared with the sub-group.'},
 {'key':'case6','child_death':SAFEGUARDING_KEYS[1],'meeting':'scr6','decision':'criteria_not_met','follow_up':'none','decision_notes':HEALTH_REVIEW},
 {'key':'case7','referred_on':'2011-12-05','referring_agency':'nhsmkn','summary':'A child on a child in need plan seriously injured at home; referred by the Designated Nurse on behalf of the GP practice.',
  'meeting':'scr7','decision':'criteria_not_met','follow_up':'none','decision_notes':NOT_MET},
 {'key':'case8','referred_on':'2012-01-03','referring_agency':'education','summary':"A pupil's serious self-harm; the school asks whether agencies' earlier contacts with the young person should be reviewed.",
  'meeting':'scr7','decision':'criteria_not_met','follow_up':'none','decision_notes':NOT_MET},
 {'key':'case9','referred_on':'2012-02-06','referring_agency':'tvp','summary':'A young person who was sexually exploited; the case was managed under child protection procedures.',
  'meeting':'scr8','decision':'criteria_not_met','follow_up':'none','decision_notes':NOT_MET},
]
# RULE: annual report 2.4 - the Child B serious case review of 2008 (the business plan 2010-11:
# "undertaken in 2008-9"): decided before the panel's meetings were in the system, endorsed by
# the Board in 2009, audited six-monthly until every recommendation was signed off in December
# 2010, so nothing from it is due. The details are invented.
referrals.insert(0,{'key':'child-b','referred_on':'2008-05-12','referring_agency':'cf',
  'summary':"A baby (Child B) seriously harmed; the family was known to several agencies and there are concerns about how they worked together.",
  'meeting':None,'decision':'serious_case_review','follow_up':'none',
  'decision_notes':"The panel recommended a serious case review, and the Independent Chair agreed it."})
child_b={'referral':'child-b',
 'terms_of_reference':("To establish what lessons are to be learnt from the case about the way in which local professionals and "
   "organisations work together to safeguard children (Working Together 2006, chapter 8). Period: from the mother's booking "
   "for antenatal care to the incident. Individual management reviews from the agencies involved; an independent overview report."),
 'overview_author':'Dr Ruth Ellison, independent overview author',
 'overview_report':("## Summary\n\nChild B was seriously harmed in the first months of life. Five agencies knew the family.\n\n"
   "## Findings\n\n- Information about the parents' own histories was held by adult services and not shared with midwifery or health visiting.\n"
   "- A pre-birth assessment was not completed although risks were known.\n"
   "- Police notifications of domestic abuse incidents did not always reach children's social care.\n"
   "- Concerns noted in the emergency department were not followed up.\n\n"
   "## Conclusion\n\nThe harm could not have been predicted, but earlier sharing of information would have led to a pre-birth assessment and support."),
 'grading':'adequate','endorsed_on':'2009-01-15',
 'imrs':[{'agency':'cf','due_on':'2008-08-29','received_on':'2008-08-27'},{'agency':'tvp','due_on':'2008-08-29','received_on':'2008-08-29'},
         {'agency':'nhsmk','due_on':'2008-08-29','received_on':'2008-09-10'},{'agency':'hospital','due_on':'2008-08-29','received_on':'2008-09-03'},
         {'agency':'housing','due_on':'2008-08-29','received_on':'2008-08-22'}],
 'recommendations':[
  {'agency':'cf','text':"Children's social care to complete a pre-birth assessment wherever risks are known, and share it with midwifery.",'signed_off_on':'2010-01-07',
   'actions':[{'action':'Revise the pre-birth assessment procedure','due_on':'2009-04-30','completed_on':'2009-04-20'},
              {'action':'Audit ten pre-birth assessments','due_on':'2009-10-31','completed_on':'2009-10-15'}]},
  {'agency':'tvp','text':"Thames Valley Police to notify children's social care of every domestic abuse incident where a child or pregnant woman is in the household.",'signed_off_on':'2009-07-09',
   'actions':[{'action':'Issue force guidance on notifications','due_on':'2009-03-31','completed_on':'2009-03-16'}]},
  {'agency':'nhsmk','text':"Midwifery and health visiting to record and share information about parents' own history of care and mental ill-health.",'signed_off_on':'2010-07-01',
   'actions':[{'action':'Update record-keeping standards','due_on':'2009-06-30','completed_on':'2009-06-25'},
              {'action':'Train health visitors and midwives in the standards','due_on':'2009-12-31','completed_on':'2010-02-26'},
              {'action':'Audit records against the standards','due_on':'2010-06-30','completed_on':'2010-06-18'}]},
  {'agency':'hospital','text':'MK Hospital to make sure safeguarding concerns noted in the emergency department are referred and followed up.','signed_off_on':'2010-12-16',
   'actions':[{'action':'Introduce a safeguarding checklist in the emergency department','due_on':'2009-06-30','completed_on':'2009-05-28'},
              {'action':'Named Nurse to audit referrals from the emergency department','due_on':'2010-03-31','completed_on':'2010-09-30'}]},
  {'agency':'unit','text':'MKSCB to provide multi-agency training on domestic abuse, parental substance misuse and mental ill-health, drawing on this review.','signed_off_on':'2010-12-16',
   'actions':[{'action':'Add the learning to the inter-agency training programme','due_on':'2009-09-30','completed_on':'2009-09-01'},
              {'action':"Evaluate the training's impact",'due_on':'2010-09-30','completed_on':'2010-11-30'}]},
 ],
 'audits':[{'audited_on':'2009-07-09','finding':"The police recommendation is complete and signed off; the others are on track."},
           {'audited_on':'2010-01-07','finding':"Children's social care's recommendation is complete and signed off. Health visitor training is running late."},
           {'audited_on':'2010-07-01','finding':"The health recommendation is complete and signed off. The emergency department audit is late."},
           {'audited_on':'2010-12-16','finding':'Every recommendation is complete and signed off: the action plan is closed.'}],
}
briefings=[{'referral':'child-b','group':'td','requested_on':'2011-10-13','learning':(
  "Learning from national serious case reviews (Ofsted, 'Ages of concern', 2011), read with the Board's own 2008 review: "
  "babies under one and young people over fourteen are over-represented; practitioners should see the child, hear the young "
  "person, and share what they know of parental domestic abuse, substance misuse and mental ill-health. The sub-group asks for "
  "a briefing for front-line staff in every agency.")}]
for r in referrals:
  if r.get('child_death'):
    v=next(v for v in cd_reviews if v['notification']==r['child_death'])
    assert v['reviewed_on']<scr_dates[r['meeting']]
  elif r['meeting']:
    assert r['referred_on']<scr_dates[r['meeting']] and r['referring_agency'] in AGENCY_KEYS,r
  assert r.get('follow_up_agency') in (None,*AGENCY_KEYS)
for rec in child_b['recommendations']:
  assert rec['agency'] in AGENCY_KEYS and 1<=len(rec['actions'])<=3 and all(a['completed_on'] and a['completed_on']<=rec['signed_off_on'] for a in rec['actions'])
assert max(rec['signed_off_on'] for rec in child_b['recommendations'])<=max(a['audited_on'] for a in child_b['audits'])
last=day(child_b['endorsed_on'])
for a in child_b['audits']:  # six-monthly: each audit by the date it falls due
  due=last.replace(year=last.year+(last.month+5)//12,month=(last.month+5)%12+1)
  assert last<day(a['audited_on'])<=due,a; last=day(a['audited_on'])
case_reviews={'referrals':referrals,'reviews':[child_b],'briefings':briefings}
demo={'populations':populations,'child_protection':child_protection,'indicators':indicators,'disputes':disputes,'agenda_items':agenda_items,'papers':papers,'minutes':minutes,'meetings':meetings,'attendance':attendance,'decisions':decisions,'actions':actions,'partnership':{'slug':'milton-keynes','name':'Milton Keynes Safeguarding Children Board','area':'Milton Keynes','meeting_location':'Civic Offices, Milton Keynes','constitution_reviewed_on':'2011-10-20','chair_appointment_reviewed_on':'2011-09-01','lead_member_met_chair_on':'2012-02-15'},'agencies':agencies,'people':people,'groups':groups,'memberships':M,'users':users,'child_deaths':child_deaths,'case_reviews':case_reviews}
# checks
keys=lambda L:[x['key'] for x in L]
for L in (agencies,people,groups): assert len(set(keys(L)))==len(L)
ak,pk,gk=set(keys(agencies)),set(keys(people)),set(keys(groups))
for p in people: assert p['agency'] in ak
for g in groups: assert (g['parent'] in gk or g['parent'] is None) and (g['chair'] in pk) and (g['vice_chair'] in pk or g['vice_chair'] is None)
for m in M: assert m['group'] in gk and m['person'] in pk and m['agency'] in ak and (m['ended_on'] is None or m['ended_on']>=m['started_on']), m
for x in meetings:
  assert x['group'] in gk
for a in attendance:
  assert a['person'] in pk and (a['deputy'] is None or a['deputy'] in pk), a
json.dump(demo,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'..','mkscb-2011-12.json'),'w'),indent=1,ensure_ascii=False)
print(len(agencies),len(people),len(groups),len(M),len(meetings),len(attendance))
