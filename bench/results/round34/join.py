import sys
srv=[];cur={}
for l in open(sys.argv[1]):
    f=l.split()
    if f[0]=='gate': cur={'g0':int(f[1]),'g1':int(f[2])}
    elif f[0]=='granted': cur['gr']=int(f[1])
    elif f[0]=='freeze': cur.update(fr=int(f[2]),fa=int(f[4]),fw=int(f[6]))
    elif f[0]=='unfreeze': cur.update(ur=int(f[2]),ua=int(f[4]),uw=int(f[6])); srv.append(cur)
ms=lambda a,b:(b-a)/1e6
print('holder        send  gate  estab answer write  recv  notify usend  uans  uwrite urecv | window')
for l in open(sys.argv[2]):
    f=l.split(); h=f[0]; t0,fz,nt,uf=int(f[2]),int(f[4]),int(f[6]),int(f[8])
    s=[x for x in srv if t0<=x['fr']<=fz]
    if not s: continue
    s=s[0]
    print('%-12s %5.1f %5.1f %5.1f %5.1f %5.1f %5.1f %6.1f %5.1f %5.1f %5.1f %5.1f | %5.1f'%(h,ms(t0,s['fr']),ms(s['g0'],s['g1']),ms(s['g1'],s['gr']),ms(s['gr'],s['fa']),ms(s['fa'],s['fw']),ms(s['fw'],fz),ms(fz,nt),ms(nt,s['ur']),ms(s['ur'],s['ua']),ms(s['ua'],s['uw']),ms(s['uw'],uf),ms(t0,uf)))
