# Generates demo/mkscb-2011-12.json from the constitution (terms of reference) and the annual
# report (people, agencies, groups). Run: python3 demo/tools/generate_demo.py ../shared/seeds/mkscb-constitution-2009.txt
import json,re
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
demo={'populations':populations,'child_protection':child_protection,'indicators':indicators,'disputes':disputes,'agenda_items':agenda_items,'papers':papers,'minutes':minutes,'meetings':meetings,'attendance':attendance,'decisions':decisions,'actions':actions,'partnership':{'slug':'milton-keynes','name':'Milton Keynes Safeguarding Children Board','area':'Milton Keynes','constitution_reviewed_on':'2011-10-20','chair_appointment_reviewed_on':'2011-09-01','lead_member_met_chair_on':'2012-02-15'},'agencies':agencies,'people':people,'groups':groups,'memberships':M,'users':users}
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
