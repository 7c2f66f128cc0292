import nlp from "compromise";
const t = "Ukrainian President Zelenskyj met EU Commission President Ursula von der Leyen. European leaders and the American president. “MAJOR PROGRESS WITH RUSSIA,” writes Trump. FAKE NEWS and their partners, the radical left Democrats. Momentum for a Peace Agreement\nZelenskyj:\nHe said 😀 CNN and X / Twitter.";
const doc = nlp(t);
console.log(JSON.stringify(doc.json({offset:true, terms:{offset:true}}).map(s=>s.terms.map(x=>[x.text,x.pre,x.post,x.tags.join("/"),x.offset.start,x.offset.length])),null,0).replace(/\],\[/g,"],\n["));
