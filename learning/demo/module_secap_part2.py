"""SECAP module, part 2: lessons 1.3 (stakeholder engagement) and 1.4 (administrative structure)."""

SOURCE_LV = (
    "<p><strong>Avots:</strong> Bertoldi P. (red.), <em>Guidebook ‘How to develop a "
    "Sustainable Energy and Climate Action Plan (SECAP) – Part 1’</em>, 2018, "
    "ISBN 978-92-79-96847-1, doi:10.2760/223399, JRC112986.</p>"
)

SOURCE_EN = (
    "<p><strong>Source:</strong> Bertoldi P. (ed.), <em>Guidebook ‘How to develop a "
    "Sustainable Energy and Climate Action Plan (SECAP) – Part 1’</em>, 2018, "
    "ISBN 978-92-79-96847-1, doi:10.2760/223399, JRC112986.</p>"
)


# ---------------------------------------------------------------------------------------------
# Lesson 1.3 – Engaging policy makers and stakeholders
# ---------------------------------------------------------------------------------------------

lesson_1_3 = {
    "slug": "stakeholder-engagement",
    "minutes": 35,
    "steps": [3],
    "sectors": ["stakeholder-engagement", "governance"],
    "lv": {
        "title": "1.3. Politikas veidotāju un ieinteresēto personu iesaistīšana",
        "summary": (
            "Kas ir SECAP ieinteresētās personas, kāpēc to iesaiste ir būtiska un kā to "
            "plānot, īstenot un izvērtēt visos SECAP procesa posmos. Nodarbībā aplūkota "
            "ieinteresēto personu identificēšana un kartēšana, iesaistes paņēmieni, konfliktu "
            "novēršana un sanāksmju prakse."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>Kas ir ieinteresēto personu iesaiste?</h2>"
                    "<p>Ieinteresētās personas ir grupas, kuras ietekmē vai varētu ietekmēt "
                    "organizācijas darbība, produkti vai pakalpojumi un ar tiem saistītie "
                    "rezultāti. Vienkāršāk sakot, ieinteresētā persona ir jebkura persona vai "
                    "organizācija, kuru iniciatīva ietekmē vai var ietekmēt – pozitīvi vai "
                    "negatīvi.</p>"
                    "<p>Ieinteresēto personu iesaiste ir process, ko organizācija izmanto, lai "
                    "ar skaidru mērķi iesaistītu attiecīgās ieinteresētās personas un sasniegtu "
                    "saskaņotus rezultātus (AA1000 ieinteresēto personu iesaistes standarts, "
                    "2011).</p>"
                    "<h2>Kas ir SECAP ieinteresētās personas?</h2>"
                    "<p>SECAP kontekstā ieinteresētās personas ir tie iedzīvotāji un "
                    "organizācijas:</p>"
                    "<ul>"
                    "<li>kuru intereses ietekmē SECAP vai kuru darbība ietekmē SECAP "
                    "izstrādi;</li>"
                    "<li>kuru rīcībā ir vai kuri kontrolē SECAP izstrādei un īstenošanai "
                    "nepieciešamo informāciju, resursus un zināšanas;</li>"
                    "<li>kuru līdzdalība ir nepieciešama, lai SECAP tiktu veiksmīgi "
                    "īstenots.</li>"
                    "</ul>"
                    "<p>Būtiskākā pazīme: SECAP ieinteresētās personas tieši ietekmē visus "
                    "klimata pārmaiņu mazināšanas plāna posmus, un šie posmi tieši ietekmē "
                    "tās.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Kas var būt SECAP ieinteresētās personas?",
                    "points": [
                        "Pašvaldība: attiecīgās nodaļas un kapitālsabiedrības, piemēram, "
                        "enerģētikas, ūdensapgādes un transporta uzņēmumi.",
                        "Vietējās un reģionālās enerģētikas aģentūras.",
                        "Valsts un reģionālās pārvaldes un kaimiņu pašvaldību pārstāvji – lai "
                        "plāns būtu saskaņots ar citos lēmumu pieņemšanas līmeņos īstenotajiem "
                        "plāniem un darbībām.",
                        "Finanšu partneri: bankas, privātie fondi, energoservisa uzņēmumi "
                        "(ESKO), apdrošinātāji.",
                        "Institucionālās ieinteresētās personas, piemēram, tirdzniecības "
                        "kameras, arhitektu un inženieru kopas (klasteri).",
                        "Būvniecības nozare: būvuzņēmumi, attīstītāji, namu pārvaldnieki.",
                        "Transporta un mobilitātes jomas dalībnieki, tostarp privātie un "
                        "sabiedriskā transporta pārvadātāji.",
                        "Enerģijas piegādātāji un komunālo pakalpojumu sniedzēji, uzņēmēji un "
                        "rūpniecība.",
                        "Civilā aizsardzība (piemēram, policija un ugunsdzēsības dienesti), "
                        "slimnīcas un neatliekamās palīdzības dienesti.",
                        "NVO un citi pilsoniskās sabiedrības pārstāvji, tostarp studenti un "
                        "darba ņēmēji, kā arī plaša sabiedrība – iedzīvotāji.",
                        "Eksperti un konsultanti, universitātes, skolas un pētniecības institūti.",
                        "Plašsaziņas līdzekļi, kā arī, ja attiecināms, tūrisma nozare, tūristi "
                        "un lauksaimnieku kopiena.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Kāpēc iesaiste SECAP ir svarīga?</h2>"
                    "<p>2021. gadā publicētā pētījumā (Rivas, Hernandez, Urraca, Barbosa, "
                    "<em>Environmental Science &amp; Policy</em>, 117. sēj.) tika meklēta "
                    "atbilde uz jautājumu, vai Pilsētu mēru pakta pilsētām, kuras izstrādājušas "
                    "pieņemamus pielāgošanās klimata pārmaiņām plānus, ir kopīgas iezīmes. "
                    "Izpētot pirmo 51 pilsētas, kas iesniegušas adaptācijas plānus, "
                    "raksturlielumus, autori secināja, ka daudzu ieinteresēto personu un "
                    "iedzīvotāju iesaiste, jo īpaši vietējā līmenī, var ievērojami atvieglot "
                    "adaptācijas plānu pieņemšanu.</p>"
                    "<p>Ieinteresēto personu iesaistei jānotiek visos SECAP posmos: "
                    "uzsākšanā, plānošanā, īstenošanā, kā arī uzraudzībā un ziņošanā. SECAP "
                    "metodoloģijā atbalsta veidošana galvenokārt aplūkota procesa uzsākšanas "
                    "posmā (3. solis), taču sadarbība jāuztur visā plāna darbības laikā. "
                    "<strong>Ja ieinteresētās personas netiek iesaistītas, tās var kļūt par "
                    "šķērsli.</strong></p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ieinteresēto personu iesaiste ir sākumpunkts, lai rosinātu uzvedības "
                        "pārmaiņas, kas nepieciešamas SECAP paredzēto tehnisko darbību "
                        "papildināšanai. Tā ir atslēga saskaņotai un koordinētai SECAP "
                        "īstenošanai."
                    ),
                    "source": "Bertoldi P. (red.), SECAP rokasgrāmata, 1. daļa, 2018",
                },
            ),
            (
                "table",
                {
                    "caption": "Ieinteresēto personu iesaistes ieguvumi",
                    "header": ["Ieguvums", "Ko tas dod SECAP"],
                    "rows": [
                        [
                            "Labāka pārvaldība",
                            "Lielāka demokrātiskā leģitimitāte pretrunīgi vērtētiem lēmumiem; "
                            "plaša vienprātība uzlabo plāna kvalitāti, efektivitāti un "
                            "leģitimitāti; labāka izpratne par konkurentiem, kritiķiem un "
                            "oponentiem un to, kā viņi reaģēs uz jūsu centieniem.",
                        ],
                        [
                            "Sociālā kohēzija un sociālais taisnīgums",
                            "Ciešākas attiecības, kas dod iedzīvotājiem lielākas iespējas "
                            "līdzdarboties. SECAP dažkārt gūst lielāku atbalstu no ārējām "
                            "ieinteresētajām personām nekā no pašvaldības vadības vai "
                            "darbiniekiem.",
                        ],
                        [
                            "Labāki pakalpojumi",
                            "Efektīvāki pakalpojumi, kas atbilst sabiedrības vajadzībām; "
                            "izpratne par to, kā komunikācijas vēstījumi sasniegs "
                            "mērķauditoriju.",
                        ],
                        [
                            "Kapacitātes stiprināšana un mācīšanās",
                            "Sabiedrībā veidojas izpratne par nepieciešamajiem kompromisiem.",
                        ],
                        [
                            "Lielāka piederības sajūta",
                            "Līdzdalība plānošanā nodrošina, ka stratēģijas un pasākumi "
                            "ilgtermiņā tiek pieņemti, ir dzīvotspējīgi un gūst atbalstu.",
                        ],
                        [
                            "Jaunas tiesiskās un regulējošās struktūras",
                            "Pieaug sabiedrības zināšanas, ietekme uz politiku un uzticēšanās "
                            "regulējošajām institūcijām.",
                        ],
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "Kas ko dara: lomas SECAP procesa soļos",
                    "header": [
                        "SECAP solis",
                        "Pašvaldības dome vai līdzvērtīga institūcija",
                        "Pašvaldības administrācija",
                        "Ieinteresētās personas",
                    ],
                    "rows": [
                        [
                            "1. Politiskās saistības un pakta parakstīšana",
                            "Dod administrācijai nepieciešamo impulsu procesa uzsākšanai.",
                            "Mudina politisko vadību rīkoties, informējot par plāna daudzajiem "
                            "ieguvumiem.",
                            "Vajadzības gadījumā mudina politisko vadību rīkoties.",
                        ],
                        [
                            "2. Visu iesaistīto pašvaldības nodaļu mobilizēšana",
                            "Piešķir pietiekamus cilvēkresursus un nodrošina atbilstošas "
                            "administratīvās struktūras.",
                            "Veido horizontālu sadarbību starp nodaļām (piemēram, ar "
                            "horizontāliem birojiem), lai emisiju mazināšanas un pielāgošanās "
                            "darbības būtu saskaņotas.",
                            "–",
                        ],
                        [
                            "3. Ieinteresēto personu atbalsta veidošana",
                            "Dod impulsu ieinteresēto personu līdzdalībai un parāda, ka to "
                            "līdzdalība un atbalsts ir svarīgs.",
                            "Sagatavo ieinteresēto personu sarakstu, izvēlas komunikācijas un "
                            "līdzdalības kanālus, izveido sadarbības praksi, informē par "
                            "gaidāmo procesu un apkopo viedokļus.",
                            "Pauž savu viedokli un skaidro savu iespējamo lomu SECAP izstrādē "
                            "un īstenošanā.",
                        ],
                        [
                            "4. Pašreizējās situācijas novērtējums: kur mēs esam?",
                            "Nodrošina plānošanai nepieciešamos resursus.",
                            "Veic sākotnējo novērtējumu un savāc nepieciešamos datus.",
                            "Sniedz vērtīgu informāciju un datus, dalās zināšanās.",
                        ],
                        [
                            "5. Vīzijas izveide: kurp mēs vēlamies doties?",
                            "Atbalsta vīzijas izstrādi, pārliecinās, ka tā ir pietiekami "
                            "vērienīga, un, ja attiecināms, to apstiprina.",
                            "Izstrādā ilgtermiņa vīziju un to atbalstošus mērķus.",
                            "Piedalās vīzijas veidošanā un pauž savu redzējumu par pilsētas "
                            "nākotni.",
                        ],
                        [
                            "6. Plāna izstrāde: kā mēs to sasniegsim?",
                            "Atbalsta plāna izstrādi un nosaka prioritātes atbilstoši vīzijai.",
                            "Izstrādā plānu – nosaka politiku un pasākumus atbilstoši vīzijai "
                            "un mērķiem.",
                            "Piedalās plāna izstrādē.",
                        ],
                        [
                            "7. Plāna apstiprināšana un iesniegšana",
                            "Apstiprina plānu un nepieciešamo budžetu vismaz pirmajam gadam.",
                            "Iesniedz SECAP Pilsētu mēru pakta tīmekļvietnē un informē par plānu.",
                            "Vajadzības gadījumā mudina politisko vadību plānu apstiprināt.",
                        ],
                        [
                            "8. Īstenošana",
                            "Nodrošina ilgtermiņa politisko atbalstu SECAP procesam, interesējas "
                            "par plāna īstenošanu un mudina ieinteresētās personas rīkoties.",
                            "Īsteno pašvaldības kompetencē esošos pasākumus, iekļauj enerģētikas "
                            "un klimata politiku ikdienas darbā, pārliecinās, ka katra "
                            "ieinteresētā persona apzinās savu lomu, informē par "
                            "energoefektivitātei, atjaunojamiem energoresursiem (AER) un "
                            "pielāgošanās pasākumiem pieejamajiem resursiem, sadarbojas ar "
                            "citiem pakta parakstītājiem.",
                            "Īsteno pasākumus, par kuriem atbild, un dalās ar rezultātiem; "
                            "maina uzvedību, īsteno energoefektivitātes, AER un pielāgošanās "
                            "darbības; vajadzības gadījumā mudina administrāciju rīkoties un "
                            "iedrošina citas ieinteresētās personas.",
                        ],
                        [
                            "9. Uzraudzība",
                            "Pieprasa regulāri informēt par plāna īstenošanas gaitu.",
                            "Regulāri uzrauga plānu: pasākumu īstenošanas gaitu un to ietekmi.",
                            "Sniedz nepieciešamo informāciju un datus.",
                        ],
                        [
                            "10. Ziņošana, īstenošanas pārskata iesniegšana un plāna pārskatīšana",
                            "Apstiprina pārskatu (ja attiecināms) un nodrošina, ka plāns tiek "
                            "regulāri atjaunināts.",
                            "Periodiski ziņo politiskajai vadībai un ieinteresētajām personām, "
                            "informē par rezultātiem, ik pēc diviem gadiem iesniedz "
                            "īstenošanas pārskatu pakta tīmekļvietnē un atjaunina plānu, "
                            "balstoties uz pieredzi, rezultātiem un jaunām iespējām.",
                            "Komentē pārskatu, ziņo par pasākumiem, par kuriem atbild, un "
                            "piedalās plāna atjaunināšanā.",
                        ],
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Iesaistes process pa posmiem</h2>"
                    "<p>Ieinteresēto personu iesaiste ir plānojams process, kas norit "
                    "paralēli SECAP ciklam: uzsākšana, plānošana, īstenošana, uzraudzība un "
                    "ziņošana.</p>"
                    "<p><strong>1. posms – plānošana un sagatavošana.</strong> Izveidojiet "
                    "darba plānu un nosakiet mērķus. Mērķi nosaka visus turpmākos lēmumus, "
                    "piemēram, kuras ieinteresētās personas iesaistīt prioritāri. Būtiski ir "
                    "saprast, kāpēc vēlaties iesaistīt konkrēto ieinteresēto personu un kādus "
                    "rezultātus no tā sagaidāt. Skaidri formulētu mērķu piemēri: “paaugstināt "
                    "energoefektivitāti slimnīcas virtuves korpusā” vai “samazināt enerģijas "
                    "patēriņu reģiona transporta sektorā”.</p>"
                    "<p><strong>2.–3. posms – iesaistes īstenošana.</strong> Kad "
                    "ieinteresētās personas ir apzinātas, jāizlemj, cik lielā mērā katra no "
                    "tām tiks iesaistīta, kad tai jāiesaistās un kādas formālās iesaistes "
                    "metodes izmantot. Galvenajām ieinteresētajām personām ieteicams izstrādāt "
                    "iesaistes stratēģijas, kas ietver gan formālas, gan neformālas sadarbības "
                    "formas, un regulāri sazināties ar tām procesa galvenajos punktos.</p>"
                    "<p><strong>4. posms – iesaistes rezultātu izvērtēšana.</strong> "
                    "Uzraudzības un ziņošanas laikā izvērtējiet, vai iesaiste sasniegusi "
                    "mērķus, un regulāri pārskatiet ieinteresēto personu karti.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Ieinteresēto personu identificēšana un analīze",
                    "items": [
                        "Kādu nozari ieinteresētā persona pārstāv un kur tā atrodas enerģijas "
                        "vērtību ķēdē?",
                        "Vai ieinteresētā persona atbalsta jūsu centienus?",
                        "Cik lielā mērā ieinteresētā persona ir ieinteresēta jūsu centienos?",
                        "Cik spēcīga vai ietekmīga ir ieinteresētā persona?",
                        "Kāpēc jūs iesaistāt šo ieinteresēto personu?",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Ieinteresēto personu kartēšana</h2>"
                    "<p>Analīzes rezultātus ērti attēlot kartē, kurā ieinteresētās personas "
                    "sagrupētas pēc diviem kritērijiem: <strong>cik lielā mērā tās atbalsta"
                    "</strong> enerģētikas vīziju, SECAP vai projekta koncepciju un <strong>"
                    "cik liela ir to ietekme</strong>, tostarp cik būtiski vīzija vai SECAP "
                    "skars pašas ieinteresētās personas. Šādu veidni izmantoja, piemēram, "
                    "projekts PANEL2050, sākotnēji novērtējot ieinteresētās personas "
                    "Igaunijā.</p>"
                    "<p>Īsi padomi, kā labāk izprast savas ieinteresētās personas:</p>"
                    "<ol>"
                    "<li>Vispirms noskaidrojiet, kas tās ir.</li>"
                    "<li>Nosakiet, vai tās ir jūsu atbalstītāju lokā vai ārpus tā.</li>"
                    "<li>Atzīmējiet kartē, kuras no tām ir ietekmīgas, būtiskas un "
                    "ieinteresētas.</li>"
                    "<li>Nosakiet, kas tām vajadzīgs no jums un kas jums vajadzīgs no tām, "
                    "lai darbs virzītos uz priekšu.</li>"
                    "<li>Sadarbojieties ar ieinteresētajām personām pastāvīgi.</li>"
                    "<li>Regulāri pārskatiet ieinteresēto personu karti.</li>"
                    "</ol>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "52 iesaistes paņēmieni",
                    "points": [
                        "Izvēle ir plaša: apkopojumā “52 Stakeholder Engagement Approaches” "
                        "(stakeholdermap.com) uzskaitīti 52 ieinteresēto personu iesaistes "
                        "paņēmieni.",
                        "Klātienes tikšanās: konsultatīvās komitejas, konferences un lielas "
                        "sanāksmes, publiskas sapulces, projekta sanāksmes un instruktāžas, "
                        "forumi, fokusa grupas, semināri, individuālas intervijas, apmeklējumi "
                        "mājās, atvērto durvju dienas, pastaigas un ekskursijas objektos, "
                        "neformālas tikšanās.",
                        "Drukāti un vizuāli materiāli: adresētas vēstules, skrejlapas, "
                        "informatīvie izdevumi un bukleti, raksti esošos izdevumos, žurnāli, "
                        "oficiāli paziņojumi, izstādes un ekspozīcijas, informācija uz "
                        "būvlaukumu žogiem, infografikas.",
                        "Digitālie kanāli: tīmekļvietne, emuārs, e-pasts, sociālie mediji "
                        "(Facebook, Twitter, LinkedIn uzņēmumu lapas un grupas, Google grupas), "
                        "YouTube vai Vimeo, tiešsaistes video, vebināri, tiešsaistes sadarbības "
                        "rīki.",
                        "Attālināta saziņa: tālruņa zvani, informatīvais tālrunis, "
                        "telekonferences, videokonferences, Skype vai līdzīgi zvani.",
                        "Viedokļu apzināšana: aptaujas (arī mērķētas aptaujas personām ar "
                        "konkrētām interesēm), anketas, viedokļu reģistrēšana, petīcijas, "
                        "spēles.",
                        "Plašsaziņas līdzekļi: ziņas medijos un apraide.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Konfliktu novēršana</h2>"
                    "<ul>"
                    "<li>Izpētiet ieinteresēto personu vērtības, pieredzi, prioritātes un "
                    "personības, lai laikus apzinātu iespējamos konfliktu avotus. Ja "
                    "iespējams, pirms kopīgiem pasākumiem runājiet ar šīm personām, uzsverot "
                    "sanāksmes mērķi un pārrunājot viņu jautājumus.</li>"
                    "<li>Sadarbības pasākumos izmantojiet neitrālu moderatoru un iepriekš "
                    "informējiet viņu par iespējamiem strīdiem, tostarp par iesaistītajām "
                    "personām un konflikta priekšvēsturi.</li>"
                    "<li>Izvairieties no jutīgiem jautājumiem, kas nav būtiski konkrētajam "
                    "lēmumam.</li>"
                    "<li>Papildus kopīgiem mērķiem pirms sanāksmēm vienojieties par darba "
                    "noteikumiem, tostarp par to, kā tiks risināti konflikti.</li>"
                    "<li>Iepriekš informējiet visus dalībniekus par sanāksmes mērķi, "
                    "gaidāmajiem rezultātiem un pieņemamajiem lēmumiem; ja iespējams, "
                    "panāciet vienošanos par šiem mērķiem un atkārtojiet tos sanāksmes "
                    "sākumā, uzsverot, ka laiks ir ierobežots.</li>"
                    "<li>Rēķinieties, ka konflikts var rasties, un jau iepriekš pārdomājiet, "
                    "kā to risināsiet.</li>"
                    "</ul>"
                    "<h2>Ja konflikts tomēr rodas</h2>"
                    "<ul>"
                    "<li>Neignorējiet to: atzīstiet, ka gaisotne saspringst, un atgādiniet "
                    "dalībniekiem saskaņotos noteikumus.</li>"
                    "<li>Atgādiniet, kuri temati neietilpst konkrētajā sarunā, un piedāvājiet "
                    "tos apspriest vēlāk.</li>"
                    "<li>Nekavējoties iejaucieties, ja izskan personiski uzbrukumi, "
                    "apsaukāšanās vai lamāšanās. Domstarpībām jāpaliek pieklājīgām, citādi "
                    "var tikt izjaukts viss darbs.</li>"
                    "<li>Atzīstiet un dokumentējiet visus izskanējušos jautājumus, lai "
                    "dalībnieki justu, ka viņu bažas ir uzklausītas un tiks ņemtas vērā arī "
                    "turpmāk.</li>"
                    "</ul>"
                    "<h2>Kā rīkoties ar ieinteresētajām personām, kuras ir pret?</h2>"
                    "<ul>"
                    "<li>Apzinieties tās un uzmanīgi sekojiet to nostājai.</li>"
                    "<li>Ieklausieties, ko tās saka.</li>"
                    "<li>Tiecieties ar tām individuāli.</li>"
                    "<li>Izveidojiet labākus saziņas kanālus starp konfliktējošajām "
                    "ieinteresētajām personām.</li>"
                    "<li>Ja oponenti ir ietekmīgi, nededziniet visus tiltus.</li>"
                    "</ul>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Iesaistot ieinteresētās personas, atcerieties",
                    "items": [
                        "Klusēšana nenozīmē “nē”. Lielākajai daļai ieinteresēto personu jūsu "
                        "iecere nav prioritāte, tāpēc nebaidieties sazināties atkārtoti – "
                        "e-pasts var būt pazudis, palicis nepamanīts vai atbilde vienkārši "
                        "aizmirsta.",
                        "Izmantojiet vairākus saziņas veidus. Ja viens nedarbojas, mēģiniet "
                        "citu: persona, kas nevēlas piedalīties darba grupā, joprojām var "
                        "atbildēt uz aptauju. Zvaniet, rakstiet e-pastu un, ja vajag, sūtiet "
                        "parastu vēstuli.",
                        "Nepieņemiet vienkāršu “nē” – noskaidrojiet iemeslu. Ja laiks nav "
                        "piemērots, piedāvājiet citu datumu; ja prasāt pārāk lielu iesaisti, "
                        "nākamreiz lūdziet mazāk un skaidri pasakiet, ka vērsīsieties vēlreiz ar "
                        "piemērotāku piedāvājumu.",
                        "Veidojiet vairāk nekā vienu kontaktu katrā organizācijā. Tas palīdz "
                        "saglabāt institucionālās attiecības arī tad, ja kāds darbinieks "
                        "aiziet, un paver vairākus ceļus uz sadarbību – ja viens atsaka, cits "
                        "var piekrist.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "Kādam jābūt iesaistes vadītājam?",
                    "text": (
                        "<p>Personai, kas vada ieinteresēto personu iesaisti SECAP "
                        "īstenošanā, noder šādas īpašības:</p>"
                        "<ul>"
                        "<li>labas komunikācijas prasmes (mutiski un rakstiski);</li>"
                        "<li>gatavība un spēja regulāri sazināties ar ļoti dažādiem cilvēkiem "
                        "– valsts pārvaldi, uzņēmējiem, NVO, vietējo kopienu un plašsaziņas "
                        "līdzekļiem;</li>"
                        "<li>organizētība un spēja dokumentēt iesaistes aktivitātes;</li>"
                        "<li>izpratne par risināmajiem enerģētikas, sociālajiem un vides "
                        "jautājumiem vai vismaz spēja tos ātri apgūt;</li>"
                        "<li>atvērtība un gatavība izmēģināt dažādas pieejas, lai gūtu "
                        "atbalstu enerģētikas jautājumiem;</li>"
                        "<li>izpratne par politisko sistēmu, kurā notiek darbs.</li>"
                        "</ul>"
                    ),
                },
            ),
            ("text", SOURCE_LV),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet savas zināšanas",
                    "questions": [
                        {
                            "question": (
                                "Kurā SECAP procesa posmā metodoloģija galvenokārt aplūko "
                                "ieinteresēto personu atbalsta veidošanu?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Procesa uzsākšanas posmā", "correct": True},
                                {
                                    "text": "Tikai uzraudzības un ziņošanas posmā",
                                    "correct": False,
                                },
                                {
                                    "text": "Tikai pēc tam, kad dome ir apstiprinājusi plānu",
                                    "correct": False,
                                },
                                {
                                    "text": "Tikai gatavojot īstenošanas pārskatu",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Atbalsta veidošana ir SECAP procesa 3. solis uzsākšanas "
                                "posmā. Tomēr ieinteresētās personas jāiesaista arī "
                                "plānošanā, īstenošanā un uzraudzībā – ja tās netiek "
                                "iesaistītas, tās var kļūt par šķērsli."
                            ),
                        },
                        {
                            "question": (
                                "Kuras no šīm pieejām palīdz novērst konfliktus ar "
                                "ieinteresētajām personām?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Izpētīt ieinteresēto personu vērtības, pieredzi, "
                                        "prioritātes un personības"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Izmantot neitrālu moderatoru, kurš iepriekš "
                                        "informēts par iespējamiem strīdiem"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Pirms sanāksmēm vienoties par noteikumiem, tostarp "
                                        "par konfliktu risināšanu"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Neaicināt uz sanāksmēm personas, kuras iepriekš "
                                        "kritizējušas plānu"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Profilaktiskās pieejas ietver ieinteresēto personu izpēti, "
                                "neitrālu moderatoru un iepriekš saskaņotus noteikumus. "
                                "Oponentus nevajag izslēgt – tos ieteicams uzklausīt, "
                                "tikties ar tiem individuāli un nededzināt visus tiltus."
                            ),
                        },
                        {
                            "question": (
                                "Ieinteresētā persona nav atbildējusi uz jūsu uzaicinājumu "
                                "e-pastā. Ko ieteicams darīt?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Uzskatīt to par atteikumu un izslēgt personu no saraksta"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Sazināties atkārtoti un izmēģināt citu saziņas "
                                        "veidu, piemēram, zvanu, vēstuli vai aptauju"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Gaidīt, līdz persona pati sazināsies",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Klusēšana nenozīmē “nē”: e-pasts var būt palicis "
                                "nepamanīts. Ieteicams sazināties atkārtoti un izmantot "
                                "vairākus saziņas kanālus."
                            ),
                        },
                        {
                            "question": (
                                "Kuri uzdevumi lomu sadalījumā ir pašvaldības "
                                "administrācijas pienākums?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": ("Apstiprināt plānu un budžetu vismaz pirmajam gadam"),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Sagatavot ieinteresēto personu sarakstu un izvēlēties "
                                        "komunikācijas un līdzdalības kanālus"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Ik pēc diviem gadiem iesniegt īstenošanas pārskatu "
                                        "Pilsētu mēru pakta tīmekļvietnē"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Vajadzības gadījumā mudināt politisko vadību "
                                        "apstiprināt plānu"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Administrācija sagatavo ieinteresēto personu sarakstu, "
                                "izvēlas saziņas kanālus un iesniedz pārskatus. Plānu un "
                                "budžetu apstiprina dome, bet mudināt politisko vadību "
                                "rīkoties var ieinteresētās personas."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "1.3 Engaging policy makers and stakeholders",
        "summary": (
            "Who the stakeholders of a SECAP are, why engaging them matters, and how to plan, "
            "carry out and evaluate engagement at every stage of the SECAP process. The lesson "
            "covers identifying and mapping stakeholders, engagement techniques, preventing "
            "conflicts and good meeting practice."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>What is stakeholder engagement?</h2>"
                    "<p>Stakeholders are the groups that affect and/or could be affected by an "
                    "organisation’s activities, products or services and the related "
                    "performance. Put simply, a stakeholder is any person or organisation that "
                    "is affected, or can be affected, by an initiative – positively or "
                    "negatively.</p>"
                    "<p>Stakeholder engagement is the process an organisation uses to engage "
                    "relevant stakeholders for a clear purpose in order to achieve agreed "
                    "outcomes (AA1000 Stakeholder Engagement Standard, 2011).</p>"
                    "<h2>Who are the stakeholders of a SECAP?</h2>"
                    "<p>In the context of a SECAP, stakeholders are the citizens and "
                    "organisations:</p>"
                    "<ul>"
                    "<li>whose interests are affected by the SECAP, or whose activities affect "
                    "its development;</li>"
                    "<li>who hold or control the information, resources and expertise needed "
                    "to formulate and implement the SECAP;</li>"
                    "<li>whose participation is needed for the SECAP to be implemented "
                    "successfully.</li>"
                    "</ul>"
                    "<p>The key feature: SECAP stakeholders directly affect every stage of a "
                    "climate mitigation plan, and are directly affected by it.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Who can be a SECAP stakeholder?",
                    "points": [
                        "The local authority: relevant municipal departments and companies, "
                        "such as municipal energy, water and transport companies.",
                        "Local and regional energy agencies.",
                        "Representatives of national and regional administrations and of "
                        "neighbouring local authorities – to keep the plan coordinated and "
                        "consistent with plans and actions at other levels of decision-making.",
                        "Financial partners: banks, private funds, energy service companies "
                        "(ESCOs), insurers.",
                        "Institutional stakeholders, such as chambers of commerce and clusters "
                        "of architects and engineers.",
                        "The building sector: construction companies, developers, building "
                        "managers.",
                        "Transport and mobility players, including private and public "
                        "transport companies.",
                        "Energy suppliers and utilities, business and industry.",
                        "Civil protection (for example, police and fire services), hospitals "
                        "and emergency services.",
                        "NGOs and other civil society representatives, including students and "
                        "workers, as well as the general public – the citizens.",
                        "Experts and consultants, universities, schools and research institutes.",
                        "The media and, where relevant, the tourism sector, tourists and the "
                        "farming community.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Why does engagement matter for a SECAP?</h2>"
                    "<p>A study published in 2021 (Rivas, Hernandez, Urraca, Barbosa, "
                    "<em>Environmental Science &amp; Policy</em>, vol. 117) asked whether "
                    "Covenant of Mayors cities that developed acceptable climate adaptation "
                    "plans share common features. Examining the attributes of the first 51 "
                    "cities to submit adaptation plans, the authors concluded that engaging "
                    "multiple stakeholders and citizens, especially at local level, can "
                    "considerably facilitate the acceptance of adaptation plans.</p>"
                    "<p>Stakeholders should be engaged at every stage of the SECAP: "
                    "initiation, planning, implementation, and monitoring and reporting. The "
                    "SECAP methodology discusses building support mainly in the initiation "
                    "phase (step 3), but the cooperation has to be maintained for as long as "
                    "the plan runs. <strong>Stakeholders who are not engaged can become an "
                    "obstacle.</strong></p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Stakeholder engagement is the starting point for fostering the "
                        "behavioural changes needed to complement the technical actions "
                        "set out in the SECAP. It is the key to a concerted and coordinated "
                        "way of implementing the SECAP."
                    ),
                    "source": "Bertoldi P. (ed.), SECAP Guidebook, Part 1, 2018",
                },
            ),
            (
                "table",
                {
                    "caption": "Benefits of stakeholder engagement",
                    "header": ["Benefit", "What it brings to the SECAP"],
                    "rows": [
                        [
                            "Better governance",
                            "Greater democratic legitimacy for controversial decisions; broad "
                            "consensus improves the quality, effectiveness and legitimacy of "
                            "the plan; a better understanding of competitors, critics and "
                            "opponents and of how they will react to your efforts.",
                        ],
                        [
                            "Social cohesion and social justice",
                            "Stronger relationships that empower citizens. A SECAP sometimes "
                            "receives more support from external stakeholders than from the "
                            "local authority’s own management or staff.",
                        ],
                        [
                            "Better services",
                            "More effective services that meet the community’s needs; an "
                            "understanding of how communication messages will reach the target "
                            "audience.",
                        ],
                        [
                            "Capacity building and learning",
                            "Society builds an understanding of the trade-offs involved.",
                        ],
                        [
                            "Greater ownership",
                            "A sense of participation in planning ensures the long-term "
                            "acceptance, viability and support of strategies and measures.",
                        ],
                        [
                            "New legal and regulatory structures",
                            "Greater public knowledge, influence on policy and trust in "
                            "regulatory bodies.",
                        ],
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "Who does what: roles at each step of the SECAP process",
                    "header": [
                        "SECAP step",
                        "Municipal council or equivalent body",
                        "Local administration",
                        "Stakeholders",
                    ],
                    "rows": [
                        [
                            "1. Political commitment and signing the Covenant",
                            "Gives the local administration the impetus it needs to start "
                            "the process.",
                            "Encourages the political authorities to act by informing them of "
                            "the plan’s many benefits.",
                            "Where necessary, encourage the political authorities to act.",
                        ],
                        [
                            "2. Mobilising all municipal departments involved",
                            "Allocates sufficient human resources and ensures appropriate "
                            "administrative structures are in place.",
                            "Builds horizontal cooperation between departments (for example, "
                            "through horizontal offices) so that mitigation and adaptation "
                            "actions are coordinated.",
                            "–",
                        ],
                        [
                            "3. Building support from stakeholders",
                            "Gives the impetus for stakeholder participation and shows that "
                            "their participation and support are considered important.",
                            "Draws up a list of stakeholders, chooses communication and "
                            "participation channels, establishes a practice of cooperation, "
                            "informs them of the coming process and collects their views.",
                            "Express their views and explain their possible role in developing "
                            "and implementing the SECAP.",
                        ],
                        [
                            "4. Assessing the current framework: where are we?",
                            "Makes sure the resources needed for planning are available.",
                            "Carries out the baseline assessment and collects the data needed.",
                            "Provide valuable input and data, share knowledge.",
                        ],
                        [
                            "5. Establishing a vision: where do we want to go?",
                            "Supports the development of the vision, makes sure it is "
                            "ambitious enough and approves it where applicable.",
                            "Develops a long-term vision and objectives that support it.",
                            "Take part in defining the vision and share their view of the "
                            "city’s future.",
                        ],
                        [
                            "6. Elaborating the plan: how do we get there?",
                            "Supports the development of the plan and sets priorities in line "
                            "with the vision.",
                            "Develops the plan – defines policies and measures in line with "
                            "the vision and objectives.",
                            "Take part in developing the plan.",
                        ],
                        [
                            "7. Approving and submitting the plan",
                            "Approves the plan and the budget needed for at least the first year.",
                            "Submits the SECAP through the Covenant of Mayors website and "
                            "communicates the plan.",
                            "Where necessary, encourage the political authorities to approve "
                            "the plan.",
                        ],
                        [
                            "8. Implementation",
                            "Provides long-term political support to the SECAP process, shows "
                            "interest in implementation and encourages stakeholders to act.",
                            "Implements the measures within the local authority’s remit, "
                            "integrates energy and climate policy into day-to-day work, makes "
                            "sure every stakeholder knows its role, informs them of the "
                            "resources available for energy efficiency, renewable energy "
                            "sources (RES) and adaptation, and networks with other Covenant "
                            "signatories.",
                            "Implement the measures they are responsible for and share the "
                            "results; change behaviour and take energy efficiency, RES and "
                            "adaptation action; where necessary, urge the administration to "
                            "act and encourage other stakeholders.",
                        ],
                        [
                            "9. Monitoring",
                            "Asks to be kept regularly informed of the plan’s progress.",
                            "Monitors the plan regularly: the progress of actions and their "
                            "impact.",
                            "Provide the input and data needed.",
                        ],
                        [
                            "10. Reporting, submitting the implementation report and "
                            "reviewing the plan",
                            "Approves the report (where applicable) and makes sure the plan is "
                            "updated regularly.",
                            "Reports periodically to the political authorities and "
                            "stakeholders, communicates the results, submits an implementation "
                            "report through the Covenant website every second year and "
                            "updates the plan based on experience, results and new "
                            "opportunities.",
                            "Comment on the report, report on the measures they are "
                            "responsible for and take part in updating the plan.",
                        ],
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>The engagement process, phase by phase</h2>"
                    "<p>Stakeholder engagement is a process that can be planned, and it runs "
                    "in parallel with the SECAP cycle: initiation, planning, implementation, "
                    "and monitoring and reporting.</p>"
                    "<p><strong>Phase 1 – plan and design.</strong> Set up a work plan and "
                    "objectives. The objectives should guide every later decision, such as "
                    "which stakeholders to prioritise for engagement. The critical point is "
                    "to understand why you want to involve a particular stakeholder and what "
                    "outcome you expect. Examples of clear objective statements: “improve the "
                    "energy efficiency of a hospital’s kitchen building” or “reduce energy "
                    "consumption in the region’s transport sector”.</p>"
                    "<p><strong>Phases 2–3 – carry out the engagement.</strong> Once the "
                    "stakeholders are identified, decide how far each of them will be "
                    "involved, when they should be involved and which formal engagement "
                    "methods to use. For the primary stakeholders, develop engagement "
                    "strategies that include both formal and informal forms of cooperation, "
                    "and interact with them regularly at the key points of the process.</p>"
                    "<p><strong>Phase 4 – evaluate the engagement results.</strong> During "
                    "monitoring and reporting, assess whether the engagement has met its "
                    "objectives and review your stakeholder map regularly.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Identifying and analysing stakeholders",
                    "items": [
                        "Which sector does the stakeholder represent, and where does it sit "
                        "in the energy value chain?",
                        "Does the stakeholder support your efforts?",
                        "How interested is the stakeholder in your efforts?",
                        "How powerful or influential is the stakeholder?",
                        "Why are you engaging this stakeholder?",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Stakeholder mapping</h2>"
                    "<p>The results of the analysis are easiest to show on a map that groups "
                    "stakeholders by two criteria: <strong>how far they support</strong> the "
                    "energy vision, the SECAP or the project concept, and <strong>how great "
                    "their influence is</strong>, including how deeply the vision or the SECAP "
                    "will affect them. The PANEL2050 project, for example, used such a "
                    "template for its preliminary assessment of stakeholders in Estonia.</p>"
                    "<p>Quick tips for understanding your stakeholders better:</p>"
                    "<ol>"
                    "<li>First, know who they are.</li>"
                    "<li>Determine whether they are inside or outside your circle of "
                    "support.</li>"
                    "<li>Map which of them are powerful, relevant and interested.</li>"
                    "<li>Determine what they need from you and what you need from them to "
                    "move your work forward.</li>"
                    "<li>Engage with your stakeholders continuously.</li>"
                    "<li>Review your stakeholder map regularly.</li>"
                    "</ol>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "52 engagement techniques",
                    "points": [
                        "The choice is wide: the overview “52 Stakeholder Engagement "
                        "Approaches” (stakeholdermap.com) lists 52 ways of engaging "
                        "stakeholders.",
                        "Face-to-face: advisory committees, conferences and large meetings, "
                        "public meetings, project meetings and briefings, forums, focus "
                        "groups, workshops, one-to-one interviews, door knocking, open days, "
                        "walkabouts and site tours, informal socialising.",
                        "Printed and visual material: addressed letters, leaflets, newsletters "
                        "and brochures, articles in existing newsletters, magazines, formal "
                        "notices, exhibitions and displays, site hoardings, infographics.",
                        "Digital channels: website, blog, e-mail, social media (Facebook, "
                        "Twitter, LinkedIn company pages and groups, Google groups), YouTube or "
                        "Vimeo, online video, webinars, online collaboration tools.",
                        "Remote contact: phone calls, an information line, teleconferences, "
                        "video conferences, Skype or similar calls.",
                        "Gathering views: surveys (including targeted surveys of people with "
                        "specific interests), questionnaires, a listening log, petitions, "
                        "games.",
                        "The media: news coverage and broadcasting.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Preventing conflict</h2>"
                    "<ul>"
                    "<li>Research your stakeholders’ values, experience, priorities and "
                    "personalities to identify possible sources of conflict early. If "
                    "possible, talk to these stakeholders before joint events to stress the "
                    "purpose of the meeting and discuss any concerns they may have.</li>"
                    "<li>Use a neutral facilitator at collaborative events and brief them in "
                    "advance on possible disputes, including the stakeholders involved and "
                    "the history of the conflict.</li>"
                    "<li>Avoid sensitive issues that are not essential to the decision at "
                    "hand.</li>"
                    "<li>Besides setting shared objectives, agree ground rules before "
                    "meetings, including how conflicts will be resolved.</li>"
                    "<li>Tell all participants in advance the purpose of the meeting, the "
                    "expected outcomes and the decisions to be made; if possible, get them to "
                    "agree to these objectives, and repeat them at the start of the meeting, "
                    "stressing that time is limited.</li>"
                    "<li>Assume that conflict may happen and think in advance about how you "
                    "will deal with it.</li>"
                    "</ul>"
                    "<h2>When conflict does arise</h2>"
                    "<ul>"
                    "<li>Do not ignore it: acknowledge that things are getting tense and "
                    "remind participants of the agreed ground rules.</li>"
                    "<li>Point out which topics fall outside the current discussion and offer "
                    "to discuss them later.</li>"
                    "<li>Step in immediately if there are personal attacks, name-calling or "
                    "swearing. Disagreement must stay civil, or it can derail the whole "
                    "effort.</li>"
                    "<li>Acknowledge and document every issue raised, so that participants "
                    "feel their concerns have been heard and will be taken into account in "
                    "the future.</li>"
                    "</ul>"
                    "<h2>How to deal with stakeholders who are against</h2>"
                    "<ul>"
                    "<li>Identify them and follow their position closely.</li>"
                    "<li>Listen to what they say.</li>"
                    "<li>Meet them one to one.</li>"
                    "<li>Set up better communication channels between conflicting "
                    "stakeholders.</li>"
                    "<li>If the opponents are powerful, do not burn all your bridges.</li>"
                    "</ul>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "When engaging stakeholders, remember",
                    "items": [
                        "Silence is not the same as “no”. For most stakeholders your effort "
                        "is not a priority, so do not be afraid to get in touch more than "
                        "once – the e-mail may have been lost, gone unnoticed, or the reply "
                        "simply forgotten.",
                        "Use several means of communication. If one does not work, try "
                        "another: a stakeholder who does not want to join a working group may "
                        "still answer a survey. Call, e-mail and, if necessary, send an "
                        "ordinary letter.",
                        "Do not take a bare “no” for an answer – find out why. If the timing "
                        "is wrong, offer another date; if you are asking for too much "
                        "commitment, ask for less next time and make clear that you will come "
                        "back with something that suits them better.",
                        "Build more than one contact in each organisation. This keeps the "
                        "institutional relationship alive even if one person leaves, and opens "
                        "several routes to cooperation – if one person says no, another may "
                        "say yes.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "heading": "What makes a good engagement lead?",
                    "text": (
                        "<p>The person leading stakeholder engagement in SECAP "
                        "implementation benefits from the following qualities:</p>"
                        "<ul>"
                        "<li>good communication skills (spoken and written);</li>"
                        "<li>willingness and ability to communicate regularly with a wide "
                        "range of people – government, business, NGOs, the community and the "
                        "media;</li>"
                        "<li>being organised and able to document engagement activities;</li>"
                        "<li>knowledge of the energy, social and environmental issues at "
                        "stake, or at least the ability to learn about them quickly;</li>"
                        "<li>openness and readiness to try different approaches to building "
                        "support for energy issues;</li>"
                        "<li>an understanding of the political system in which the work takes "
                        "place.</li>"
                        "</ul>"
                    ),
                },
            ),
            ("text", SOURCE_EN),
            (
                "quiz",
                {
                    "heading": "Check your knowledge",
                    "questions": [
                        {
                            "question": (
                                "In which phase of the SECAP process does the methodology "
                                "mainly discuss building support from stakeholders?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "In the initiation phase", "correct": True},
                                {
                                    "text": "Only in the monitoring and reporting phase",
                                    "correct": False,
                                },
                                {
                                    "text": "Only after the council has approved the plan",
                                    "correct": False,
                                },
                                {
                                    "text": "Only when preparing the implementation report",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Building support is step 3 of the SECAP process, in the "
                                "initiation phase. Stakeholders should nevertheless also be "
                                "engaged in planning, implementation and monitoring – if they "
                                "are not engaged, they can become an obstacle."
                            ),
                        },
                        {
                            "question": (
                                "Which of these approaches help prevent conflict with stakeholders?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Researching stakeholders’ values, experience, "
                                        "priorities and personalities"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Using a neutral facilitator briefed in advance on "
                                        "possible disputes"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Agreeing ground rules before meetings, including how "
                                        "conflicts will be resolved"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Not inviting people who have criticised the plan before"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Preventive approaches include researching stakeholders, a "
                                "neutral facilitator and ground rules agreed in advance. "
                                "Opponents should not be shut out – listen to them, meet them "
                                "one to one and do not burn all your bridges."
                            ),
                        },
                        {
                            "question": (
                                "A stakeholder has not replied to your e-mail invitation. "
                                "What is recommended?"
                            ),
                            "multiple": False,
                            "options": [
                                {
                                    "text": ("Treat it as a refusal and remove them from the list"),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Get in touch again and try another means of "
                                        "communication, such as a call, a letter or a survey"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Wait until they get in touch themselves",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Silence is not the same as “no”: the e-mail may have gone "
                                "unnoticed. Get in touch again and use several communication "
                                "channels."
                            ),
                        },
                        {
                            "question": (
                                "Which tasks in the division of roles belong to the local "
                                "administration?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Approving the plan and the budget for at least the "
                                        "first year"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Drawing up a list of stakeholders and choosing "
                                        "communication and participation channels"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Submitting an implementation report through the "
                                        "Covenant of Mayors website every second year"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Where necessary, urging the political authorities "
                                        "to approve the plan"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "The administration draws up the stakeholder list, chooses "
                                "the communication channels and submits the reports. The "
                                "council approves the plan and the budget, while urging the "
                                "political authorities to act is a role for stakeholders."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 1.4 – Administrative structure for a SECAP
# ---------------------------------------------------------------------------------------------

lesson_1_4 = {
    "slug": "administrative-structure",
    "minutes": 30,
    "steps": [2, 5],
    "sectors": ["governance"],
    "lv": {
        "title": "1.4. SECAP izstrādes administratīvā struktūra",
        "summary": (
            "Kāpēc skaidra administratīvā struktūra un pienākumu sadalījums ir SECAP panākumu "
            "priekšnoteikums, kādi ir struktūras veidi un izveides pieejas. Ieteikumi "
            "ilustrēti ar Eiropas pašvaldību, tostarp Jūrmalas, piemēriem un pilsētu vīziju "
            "paraugiem."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>Administratīvā struktūra – SECAP panākumu atslēga</h2>"
                    "<p>Skaidra organizatoriskā struktūra un pienākumu sadalījums ir "
                    "priekšnoteikums veiksmīgai un ilgtspējīgai SECAP īstenošanai. Visiem "
                    "Pilsētu mēru pakta parakstītājiem būtu jāpielāgo un jāoptimizē sava "
                    "iekšējā administratīvā struktūra: jānorīko konkrētas nodaļas ar atbilstošu "
                    "kompetenci un jānodrošina pietiekami finanšu un cilvēkresursi pakta "
                    "saistību izpildei.</p>"
                    "<p>Daudzu pašvaldību enerģētikas un transporta plānošanā būtiska "
                    "nepilnība ir bijusi horizontālās koordinācijas trūkums starp dažādām "
                    "politikas jomām, pašvaldības nodaļām un ārējām organizācijām.</p>"
                    "<h2>Par ko atbild struktūra</h2>"
                    "<p>SECAP (arī kopīgajā SECAP) jānorāda, kādas administratīvās "
                    "struktūras vai darba grupas jau ir izveidotas vai tiks izveidotas šādiem "
                    "uzdevumiem:</p>"
                    "<ul>"
                    "<li>bāzes emisiju uzskaite (BEI);</li>"
                    "<li>riska un ievainojamības novērtējums (RVA);</li>"
                    "<li>stratēģiju un pasākumu plānošana un īstenošana, tostarp "
                    "ieinteresēto personu iesaiste un daudzlīmeņu pārvaldība;</li>"
                    "<li>vispārējā pārvaldība – uzraudzība, atjaunināšana un ziņošana.</li>"
                    "</ul>"
                    "<p>Izšķiroša nozīme SECAP izstrādē un īstenošanā ir tam, vai "
                    "administratīvajā struktūrā ir pieejams <strong>energopārvaldnieks</strong> "
                    "un <strong>vides speciālists</strong>.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Administratīvajai struktūrai jānodrošina",
                    "points": [
                        "Iekšējā koordinācija starp dažādām nodaļām.",
                        "Atbilstoša personāla kapacitāte un budžeta sadalījums.",
                        "Ilgtermiņa vīzijas īstenošana, līdzsvarojot izmaksas un ieguvumus.",
                        "Pastāvīga ieinteresēto personu un vietējo iedzīvotāju iesaiste.",
                        "SECAP īstenošana, uzraudzība un atjaunināšana.",
                        "Vertikālā integrācija ar citiem pārvaldības līmeņiem.",
                        "Pašvaldība atbild par to, lai SECAP tiktu ņemts vērā dažādos līmeņos "
                        "un dažādās nodaļās, tostarp valsts līmenī.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "Administratīvās struktūras veidi",
                    "header": [
                        "Veids",
                        "Par Pilsētu mēru paktu atbildīgā(-s) nodaļa(-s)",
                        "Pārvaldības līmenis(-ņi)",
                    ],
                    "rows": [
                        ["Vienas nozares", "Viena nozares nodaļa", "Pašvaldība"],
                        ["Daudznozaru", "Vairākas nodaļas", "Pašvaldība"],
                        [
                            "Daudzlīmeņu",
                            "Vairākas nodaļas",
                            "Pašvaldība, province, reģions",
                        ],
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Pieejas struktūras izveidei pašvaldībā</h2>"
                    "<ul>"
                    "<li><strong>Iekšējie resursi</strong> – uzdevumus iekļauj esošo "
                    "pašvaldības nodaļu darbā, kuras nodarbojas ar ilgtspējīgas attīstības, "
                    "enerģētikas un klimata jautājumiem (piemēram, vides vai enerģētikas "
                    "nodaļā).</li>"
                    "<li><strong>Jauna struktūrvienība</strong> pašvaldības administrācijā."
                    "</li>"
                    "<li><strong>Ārpakalpojumi</strong> – privāti konsultanti, pilsētu "
                    "tīkli, universitātes u. c.</li>"
                    "<li><strong>Kopīgs koordinators</strong> vairākām pašvaldībām – īpaši "
                    "piemērots mazām pašvaldībām.</li>"
                    "<li><strong>Ārējs atbalsts</strong> no vietējām un reģionālajām "
                    "enerģētikas aģentūrām vai pakta teritoriālajiem koordinatoriem.</li>"
                    "<li><strong>Kopīga SECAP izstrāde</strong>, koordinējot darbu un "
                    "sadarbojoties ar kaimiņu pašvaldībām.</li>"
                    "</ul>"
                    "<p>Pieejas var apvienot – to apliecina arī turpmāk aplūkotie piemēri.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Ieteikumi administratīvās struktūras izveidei",
                    "items": [
                        "SECAP izstrādes sākumā ieceliet Pilsētu mēru pakta koordinatoru. "
                        "Viņam jābūt pilnam vietējās politiskās vadības un administrācijas "
                        "atbalstam, kā arī pietiekami daudz laika un budžeta līdzekļu "
                        "uzdevumu veikšanai.",
                        "Piešķiriet atbildīgas lomas pēc iespējas lielākam skaitam galveno "
                        "pašvaldības dalībnieku, lai organizācijā veidotos stingra atbildība "
                        "par procesu.",
                        "Pieņemiet darbā jaunus darbiniekus un/vai izveidojiet jaunas "
                        "struktūras, kurās darbotos vienība, kas atbild par pakta saistībām "
                        "un SECAP sagatavošanu un īstenošanu, tostarp par emisiju uzskaites "
                        "atjaunināšanu un dažādu darbību koordinēšanu.",
                        "Nodrošiniet darba grupu dalībniekiem atbilstošas mācības, piemēram, "
                        "tehniskās kompetences, projektu vadības un investīciju projektu "
                        "izstrādes jomā.",
                        "Izmantojiet daudzlīmeņu pārvaldību kā atslēgu klimata politikas "
                        "īstenošanai.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": (
                        "Tartu (Igaunija): pilsētas valdība kopā ar reģionālo enerģētikas aģentūru"
                    ),
                    "text": (
                        "<p>Par ilgtspējīgas enerģētikas rīcības plānā (SEAP) paredzēto "
                        "darbību īstenošanu atbild Tartu pilsētas valdības struktūrvienības "
                        "sadarbībā ar Tartu Reģionālo enerģētikas aģentūru. Mērķu sasniegšanai "
                        "tās sadarbojas ar enerģijas piegādātājiem, citiem nozares uzņēmumiem "
                        "un dzīvokļu īpašnieku biedrībām.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": (
                        "Kraņa (Kranj, Slovēnija): energopārvaldnieks un rīcības grupa "
                        "vietējā enerģētikas aģentūrā"
                    ),
                    "text": (
                        "<p>Pēc SEAP pieņemšanas mērs pilnvaro SEAP energopārvaldnieku, kas "
                        "darbojas šim nolūkam izveidotajā Gorenjskas vietējā enerģētikas "
                        "aģentūrā (LEAG). SEAP īstenošanai aģentūrā izveido arī stratēģisko "
                        "energoresursu rīcības grupu, kuras uzdevumi ir šādi:</p>"
                        "<ul>"
                        "<li>pēc energopārvaldnieka priekšlikuma lemt par projektu "
                        "priekšlikumiem un kārtējā gadā īstenojamajiem uzdevumiem, kā arī "
                        "līdzdarboties lēmumu pieņemšanā par projektiem, kas iekļaujami "
                        "pašvaldības nākamā gada budžetā;</li>"
                        "<li>pārskatīt un stratēģiski izvērtēt SEAP gada un daudzgadu "
                        "uzdevumus;</li>"
                        "<li>izvērtēt projektu finansēšanas iespējas;</li>"
                        "<li>izvērtēt tehniskās iespējas un saskaņot tās ar pašvaldību;</li>"
                        "<li>izvērtēt SEAP īstenošanu;</li>"
                        "<li>ierosināt SEAP atjauninājumus.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Vaica (Weiz, Austrija): SECAP komanda projektā CitiEnGov",
                    "text": (
                        "<p>Gatavojot SECAP, vispirms tika noteikta atbildīgā persona – "
                        "Interreg projekta CitiEnGov darbinieks. SECAP projekta komandu "
                        "papildināja citu attiecīgo pilsētas nodaļu darbinieki, citi "
                        "CitiEnGov projekta darbinieki un ārējie projektu vadītāji.</p>"
                        "<p>Citi pašvaldības lēmumu pieņēmēji un nodaļu vadītāji SECAP procesā "
                        "tika iesaistīti koordinācijas semināros. SECAP tika atsevišķi "
                        "prezentēts dažādām komandām, pašvaldības domei un vides konsultatīvajai "
                        "padomei, un visi pasākumi tika apspriesti plašākā lokā.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Jūrmala: IERP darba grupa un atbildīgā nodaļa",
                    "text": (
                        "<p>Jūrmalā pasākumu īstenošanai izveidota ilgtspējīgas enerģētikas "
                        "rīcības plāna (IERP, angliski – SEAP) darba grupa. Par pilsētas IERP "
                        "ieviešanu, uzraudzību un aktualizēšanu atbild pašvaldības "
                        "stratēģiskās un biznesa plānošanas nodaļa.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Slatina: īstenošana ar pilsētas administratīvo nodaļu spēkiem",
                    "text": (
                        "<p>Pasākumu operatīvajā īstenošanā iesaistītas pilsētas "
                        "administrācijas nodaļas. Personai, kas atbild par rīcības plāna "
                        "īstenošanu, ir pieredze un zināšanas energoefektivitātes un "
                        "atjaunojamo energoresursu jautājumos, labs priekšstats par pilsētas "
                        "pārvaldes darbu, kā arī zināšanas projektu vadībā.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": (
                        "Barselona (Spānija): programma “Superblocks – piepildīsim ielas ar dzīvi”"
                    ),
                    "text": (
                        "<p>Barselonā īsteno programmu “Superblocks – piepildīsim ielas ar "
                        "dzīvi” (superkvartāli), kuras mērķis ir atbrīvot vietu zaļajām zonām "
                        "un atpūtai, samazinot satiksmi un transportlīdzekļu skaitu atsevišķās "
                        "ielās.</p>"
                        "<p>Programma ir daudznozaru: tā saistīta ar pilsētas saistībām "
                        "klimata pārmaiņu jomā, kā arī ar tās klimata, pilsētas mobilitātes, "
                        "zaļās infrastruktūras un bioloģiskās daudzveidības plāniem. Katrā "
                        "rajonā, kur programmu īsteno, izveido superkvartāla virzības grupu – "
                        "iedzīvotāju un/vai pārstāvības institūciju grupu, kas uzrauga projekta "
                        "gaitu.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Vīziju piemēri: Vekše, Lozanna un Tenerife",
                    "text": (
                        "<p>Administratīvās struktūras darbu vada kopīga vīzija. Ilgtspējīgas "
                        "nākotnes vīzija ir pašvaldības SECAP darba vadmotīvs – tai jābūt "
                        "reālistiskai, tomēr vērienīgai un saderīgai ar Pilsētu mēru pakta "
                        "saistībām.</p>"
                        "<ul>"
                        "<li><strong>Vekše (Växjö, Zviedrija):</strong> “Vekšē mums ir vīzija, "
                        "ka mēs dzīvosim un rīkosimies tā, lai veicinātu ilgtspējīgu attīstību, "
                        "kur mūsu patēriņš un ražošana ir resursefektīva un bez piesārņojuma.” "
                        "Un: “Vīzija ir tāda, ka Vekše kļūs par pilsētu, kurā ir viegli un "
                        "izdevīgi dzīvot labu dzīvi bez fosilā kurināmā.”</li>"
                        "<li><strong>Lozanna (Lausanne, Šveice):</strong> “Mūsu 2050. gada "
                        "vīzija ir par 50 % samazināt CO2 emisijas pilsētas teritorijā.”</li>"
                        "<li><strong>Tenerife (Spānija):</strong> Sankristobalas de Lalagunas "
                        "(San Cristóbal de La Laguna) pašvaldībā pielāgošanās vīzija tapa "
                        "iedzīvotāju fokusa grupā (sk. citātu zemāk). Tajā pašā fokusa grupā "
                        "izskanēja arī brīdinājums par nepareizu pielāgošanos karstuma "
                        "viļņiem: “Ja vien mēs nemainīsim enerģijas ražošanu, gaisa "
                        "kondicionētāju ieslēgšana nozīmēs daudz lielāku spēkstaciju radīto "
                        "piesārņojumu.”</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Es ieviestu pilsētās ekoloģiskos principus – tās varētu pārklāt ar "
                        "zaļumiem. Visur daudz vairāk koku un augu. Tas palīdz pret karstuma "
                        "viļņiem: zaļo zonu dēļ gaiss būtu vēsāks. Uzlabotos arī gaisa "
                        "kvalitāte, jo koki uzņem CO2. Turklāt, jo vairāk zaļo zonu, jo vairāk "
                        "caurlaidīgu virsmu mums būtu pilsētās, jo zeme uzsūc ūdeni. Mēs "
                        "runājam par ļoti jaudīgām drenāžas sistēmām. Tas, piemēram, palīdzētu "
                        "izvairīties no plūdiem. Runa nav tikai par temperatūru."
                    ),
                    "source": (
                        "Pielāgošanās vīzija, iedzīvotāju fokusa grupa Sankristobalas de "
                        "Lalagunas pašvaldībā (Tenerife, Spānija)"
                    ),
                },
            ),
            ("text", SOURCE_LV),
            (
                "quiz",
                {
                    "heading": "Pārbaudiet savas zināšanas",
                    "questions": [
                        {
                            "question": (
                                "Kurš administratīvās struktūras veids ietver vairākas "
                                "nodaļas dažādos pārvaldības līmeņos – pašvaldībā, provincē "
                                "un reģionā?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "Vienas nozares struktūra", "correct": False},
                                {"text": "Daudznozaru struktūra", "correct": False},
                                {"text": "Daudzlīmeņu struktūra", "correct": True},
                            ],
                            "explanation": (
                                "Vienas nozares un daudznozaru struktūra darbojas tikai "
                                "pašvaldības līmenī (ar vienu vai vairākām nodaļām), bet "
                                "daudzlīmeņu struktūra apvieno vairākas nodaļas pašvaldības, "
                                "provinces un reģiona līmenī."
                            ),
                        },
                        {
                            "question": (
                                "Kuras no šīm pieejām ir ieteiktas SECAP administratīvās "
                                "struktūras izveidei?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Viens koordinators vairākām pašvaldībām, īpaši mazām"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Atbalsts no vietējām un reģionālajām enerģētikas "
                                        "aģentūrām vai pakta teritoriālajiem koordinatoriem"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Koordinatora iecelšana tikai pēc tam, kad SECAP ir "
                                        "apstiprināts"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Visu uzdevumu uzticēšana vienam darbiniekam bez "
                                        "vadības atbalsta un budžeta"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Kopīgs koordinators un enerģētikas aģentūru vai teritoriālo "
                                "koordinatoru atbalsts ir ieteiktās pieejas. Koordinators "
                                "jāieceļ jau SECAP izstrādes sākumā, un viņam vajadzīgs pilns "
                                "vadības atbalsts, laiks un budžets."
                            ),
                        },
                        {
                            "question": "Kā SEAP īstenošana organizēta Kraņā?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "Mērs pilnvaro SEAP energopārvaldnieku Gorenjskas "
                                        "vietējā enerģētikas aģentūrā, kur izveido arī "
                                        "stratēģisko rīcības grupu"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": ("Katrā rajonā izveido iedzīvotāju virzības grupu"),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Atbildīgā persona ir Interreg projekta CitiEnGov "
                                        "darbinieks"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Kraņā SEAP īsteno energopārvaldnieks un rīcības grupa "
                                "Gorenjskas vietējā enerģētikas aģentūrā (LEAG). Rajonu "
                                "virzības grupas ir Barselonas, bet CitiEnGov projekta "
                                "darbinieks – Vaicas piemērs."
                            ),
                        },
                        {
                            "question": (
                                "Kuri apgalvojumi par nodarbībā aplūkotajiem piemēriem ir patiesi?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Tartu pilsētas valdības struktūrvienības SEAP "
                                        "īsteno sadarbībā ar Tartu Reģionālo enerģētikas "
                                        "aģentūru"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Vekšes vīzija ir pilsēta, kurā ir viegli un izdevīgi "
                                        "dzīvot labu dzīvi bez fosilā kurināmā"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Lozannas vīzija ir līdz 2030. gadam samazināt CO2 "
                                        "emisijas par 50 %"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Barselonas programma Superblocks ir tikai transporta "
                                        "pasākums, kas nav saistīts ar pilsētas klimata "
                                        "plāniem"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Lozannas vīzija attiecas uz 2050. gadu, nevis 2030. gadu. "
                                "Barselonas programma Superblocks ir daudznozaru – tā saistīta "
                                "ar pilsētas klimata, mobilitātes, zaļās infrastruktūras un "
                                "bioloģiskās daudzveidības plāniem."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "en": {
        "title": "1.4 Administrative structure for a SECAP",
        "summary": (
            "Why a clear administrative structure and allocation of responsibilities are a "
            "precondition for SECAP success, what types of structure exist and how to set one "
            "up. The recommendations are illustrated with examples from European "
            "municipalities, including Jūrmala, and with sample city visions."
        ),
        "body": [
            (
                "text",
                (
                    "<h2>The administrative structure – the key to SECAP success</h2>"
                    "<p>A clear organisational structure and allocation of responsibilities "
                    "are prerequisites for successful and sustainable SECAP implementation. "
                    "All Covenant of Mayors signatories should adapt and optimise their "
                    "internal administrative structures: they should assign specific "
                    "departments with the right competences and provide sufficient financial "
                    "and human resources to fulfil their Covenant commitments.</p>"
                    "<p>A lack of horizontal coordination between policy areas, municipal "
                    "departments and external organisations has been a major weakness of "
                    "energy and transport planning in many local authorities.</p>"
                    "<h2>What the structure is responsible for</h2>"
                    "<p>The SECAP (including a joint SECAP) should state which administrative "
                    "structures or working groups are already in place, or will be set up, "
                    "for:</p>"
                    "<ul>"
                    "<li>the Baseline Emission Inventory (BEI);</li>"
                    "<li>the Risk and Vulnerability Assessment (RVA);</li>"
                    "<li>planning and implementing strategies and measures, including "
                    "stakeholder engagement and multilevel governance;</li>"
                    "<li>overall management – monitoring, updating and reporting.</li>"
                    "</ul>"
                    "<p>Having an <strong>energy manager</strong> and an <strong>environmental "
                    "specialist</strong> available within the administrative structure is "
                    "crucial for developing and implementing the SECAP.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "The administrative structure must ensure",
                    "points": [
                        "Internal coordination between departments.",
                        "Adequate staff capacity and budget allocation.",
                        "Delivery of the long-term vision, balancing costs and benefits.",
                        "Continuous engagement of stakeholders and local citizens.",
                        "Implementation, monitoring and updating of the SECAP.",
                        "Vertical integration with other levels of government.",
                        "The local authority is responsible for making sure the SECAP is "
                        "taken into account at different levels and in different departments, "
                        "including at national level.",
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "Types of administrative structure",
                    "header": [
                        "Type",
                        "Department(s) assigned to the Covenant of Mayors",
                        "Level(s) of government",
                    ],
                    "rows": [
                        ["Single-sector", "One sectoral department", "Municipality"],
                        ["Multi-sector", "Several departments", "Municipality"],
                        [
                            "Multi-level",
                            "Several departments",
                            "Municipality, province, region",
                        ],
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Approaches to setting up the structure in a municipality</h2>"
                    "<ul>"
                    "<li><strong>In-house resources</strong> – integrating the tasks into "
                    "existing municipal departments that deal with sustainable development, "
                    "energy and climate (for example, an environment or energy department)."
                    "</li>"
                    "<li><strong>A new unit</strong> within the local administration.</li>"
                    "<li><strong>Outsourcing</strong> – private consultants, city networks, "
                    "universities and others.</li>"
                    "<li><strong>A shared coordinator</strong> for several local authorities "
                    "– particularly suitable for small municipalities.</li>"
                    "<li><strong>External support</strong> from local and regional energy "
                    "agencies or Covenant Territorial Coordinators.</li>"
                    "<li><strong>A joint SECAP</strong>, developed in coordination and "
                    "cooperation with neighbouring local authorities.</li>"
                    "</ul>"
                    "<p>The approaches can be combined, as the examples below show.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Recommendations for setting up the administrative structure",
                    "items": [
                        "Appoint a Covenant of Mayors coordinator at the start of SECAP "
                        "development. They need the full support of the local political "
                        "authorities and management, as well as enough time and budget to "
                        "carry out their tasks.",
                        "Give responsible roles to as many key municipal actors as possible, "
                        "so that the organisation takes firm ownership of the process.",
                        "Hire new staff and/or create new structures to house a unit "
                        "responsible for the Covenant and for preparing and implementing the "
                        "SECAP, including updating the emission inventory and coordinating the "
                        "various actions.",
                        "Provide appropriate training for working group members, for example "
                        "in technical skills, project management and developing investment "
                        "projects.",
                        "Use multilevel governance as the key to implementing climate policy.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": (
                        "Tartu (Estonia): the city government together with the regional "
                        "energy agency"
                    ),
                    "text": (
                        "<p>The structural units of Tartu City Government, in cooperation "
                        "with the Tartu Regional Energy Agency, are responsible for carrying "
                        "out the actions in the Sustainable Energy Action Plan (SEAP). To reach "
                        "the targets, they work with energy suppliers, other companies in the "
                        "field and apartment associations.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": (
                        "Kranj (Slovenia): an energy manager and an action group at the local "
                        "energy agency"
                    ),
                    "text": (
                        "<p>After the SEAP is adopted, the mayor authorises the SEAP energy "
                        "manager at the Gorenjska Local Energy Agency (LEAG), set up for this "
                        "purpose. To implement the SEAP, a strategic action group on energy "
                        "sources is also set up at the agency, with the following tasks:</p>"
                        "<ul>"
                        "<li>on the energy manager’s proposal, deciding on project proposals "
                        "and the tasks to be carried out in the current year, and taking part "
                        "in decisions on further projects to be included in the municipality’s "
                        "budget for the next year;</li>"
                        "<li>reviewing and strategically evaluating the annual and multi-annual "
                        "tasks of the SEAP;</li>"
                        "<li>assessing the financing options for projects;</li>"
                        "<li>assessing the technical options and coordinating them with the "
                        "municipality;</li>"
                        "<li>evaluating SEAP implementation;</li>"
                        "<li>proposing SEAP updates.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Weiz (Austria): a SECAP team in the CitiEnGov project",
                    "text": (
                        "<p>When the SECAP was being prepared, a responsible person was "
                        "designated first – a project officer in the Interreg CitiEnGov "
                        "project. The SECAP project team was then joined by staff from other "
                        "relevant city departments, other CitiEnGov project staff and external "
                        "project managers.</p>"
                        "<p>Other municipal decision-makers and heads of department were "
                        "involved in the SECAP process through coordination workshops. The "
                        "SECAP was presented separately to various teams, the municipal "
                        "council and the environmental advisory board, and all measures were "
                        "discussed in a wider circle.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Jūrmala: a SEAP working group and a responsible department",
                    "text": (
                        "<p>Jūrmala set up a working group for its Sustainable Energy Action "
                        "Plan (SEAP, in Latvian IERP) to implement the measures. The "
                        "municipality’s strategic and business planning department is "
                        "responsible for implementing, monitoring and updating the city’s "
                        "SEAP.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Slatina: implementation by the city’s administrative departments",
                    "text": (
                        "<p>The city’s administrative departments are involved in the "
                        "operational implementation of the measures. The person responsible "
                        "for implementing the action plan has experience and knowledge of "
                        "energy efficiency and renewable energy issues, a good overview of how "
                        "the city administration works, and project management skills.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": (
                        "Barcelona (Spain): the programme “Superblocks – Let’s fill the "
                        "streets with life”"
                    ),
                    "text": (
                        "<p>Barcelona runs the programme “Superblocks – Let’s fill the streets "
                        "with life”, which frees up space for green areas and leisure by "
                        "reducing traffic and the number of vehicles on selected streets.</p>"
                        "<p>The programme is multi-sectoral: it is linked to the city’s "
                        "climate change commitment and to its climate, urban mobility, green "
                        "infrastructure and biodiversity plans. In every district where the "
                        "programme is implemented, a superblock driving group is set up – a "
                        "group of people and/or representative bodies that monitors the "
                        "project.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "example",
                    "heading": "Examples of visions: Växjö, Lausanne and Tenerife",
                    "text": (
                        "<p>The work of the administrative structure is guided by a shared "
                        "vision. A vision of a sustainable future is the guiding principle of "
                        "a local authority’s SECAP work – it should be realistic yet ambitious "
                        "and compatible with the Covenant of Mayors commitments.</p>"
                        "<ul>"
                        "<li><strong>Växjö (Sweden):</strong> “In Växjö we have a vision that "
                        "we shall live and act so as to contribute to sustainable development, "
                        "where our consumption and production are resource-efficient and free "
                        "of pollution.” And: “The vision is that Växjö will become a city "
                        "where it is easy and advantageous to live a good life without fossil "
                        "fuels.”</li>"
                        "<li><strong>Lausanne (Switzerland):</strong> “Our 2050 vision is to "
                        "reduce CO2 emissions in the city’s territory by 50%.”</li>"
                        "<li><strong>Tenerife (Spain):</strong> in the municipality of San "
                        "Cristóbal de La Laguna, an adaptation vision emerged from a focus "
                        "group with citizens (see the quote below). The same focus group also "
                        "warned of maladaptation to heatwaves: “Unless we change how energy is "
                        "produced, switching on air conditioning means a big increase in "
                        "pollution from power stations.”</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "I would bring ecological principles into cities; they could be "
                        "covered in green. Many more trees and plants everywhere. That helps "
                        "against heatwaves: the air would be cooler because of all those green "
                        "areas. Air pollution would improve too, because trees take up CO2. "
                        "And the more green areas, the more permeable surfaces we would have "
                        "in cities, because the soil absorbs water. We are talking about very "
                        "powerful drainage systems. That would, for example, help avoid "
                        "flooding. It is not just a question of temperature."
                    ),
                    "source": (
                        "Adaptation vision, citizens’ focus group in the municipality of San "
                        "Cristóbal de La Laguna (Tenerife, Spain)"
                    ),
                },
            ),
            ("text", SOURCE_EN),
            (
                "quiz",
                {
                    "heading": "Check your knowledge",
                    "questions": [
                        {
                            "question": (
                                "Which type of administrative structure involves several "
                                "departments at different levels of government – "
                                "municipality, province and region?"
                            ),
                            "multiple": False,
                            "options": [
                                {"text": "A single-sector structure", "correct": False},
                                {"text": "A multi-sector structure", "correct": False},
                                {"text": "A multi-level structure", "correct": True},
                            ],
                            "explanation": (
                                "Single-sector and multi-sector structures work at municipal "
                                "level only (with one or several departments), whereas a "
                                "multi-level structure brings together several departments "
                                "at municipal, provincial and regional level."
                            ),
                        },
                        {
                            "question": (
                                "Which of these approaches are recommended for setting up a "
                                "SECAP administrative structure?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "One coordinator shared by several local authorities, "
                                        "especially small ones"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Support from local and regional energy agencies or "
                                        "Covenant Territorial Coordinators"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Appointing a coordinator only after the SECAP has "
                                        "been approved"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Entrusting every task to one employee without "
                                        "management support or a budget"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "A shared coordinator and support from energy agencies or "
                                "Territorial Coordinators are recommended approaches. The "
                                "coordinator should be appointed at the start of SECAP "
                                "development and needs full management support, time and a "
                                "budget."
                            ),
                        },
                        {
                            "question": "How is SEAP implementation organised in Kranj?",
                            "multiple": False,
                            "options": [
                                {
                                    "text": (
                                        "The mayor authorises a SEAP energy manager at the "
                                        "Gorenjska Local Energy Agency, where a strategic "
                                        "action group is also set up"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "A citizens’ driving group is set up in every district",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "The responsible person is a project officer in the "
                                        "Interreg CitiEnGov project"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "In Kranj, the SEAP is implemented by an energy manager and an "
                                "action group at the Gorenjska Local Energy Agency (LEAG). "
                                "District driving groups are Barcelona’s example, and the "
                                "CitiEnGov project officer is Weiz’s."
                            ),
                        },
                        {
                            "question": (
                                "Which statements about the examples in this lesson are true?"
                            ),
                            "multiple": True,
                            "options": [
                                {
                                    "text": (
                                        "Tartu City Government’s structural units implement "
                                        "the SEAP in cooperation with the Tartu Regional "
                                        "Energy Agency"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Växjö’s vision is a city where it is easy and "
                                        "advantageous to live a good life without fossil fuels"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Lausanne’s vision is to cut CO2 emissions by 50% by 2030"
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Barcelona’s Superblocks programme is a transport-only "
                                        "measure unrelated to the city’s climate plans"
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Lausanne’s vision refers to 2050, not 2030. Barcelona’s "
                                "Superblocks programme is multi-sectoral – it is linked to the "
                                "city’s climate, mobility, green infrastructure and "
                                "biodiversity plans."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}


LESSONS_PART2 = [lesson_1_3, lesson_1_4]
