import nlp from "compromise";
const s = ["This involves Article Five of the treaty and about 300 troops for two hours.",
"Donald Trump writes on Truth Social that progress was made. Follow Republic Policy on X / Twitter.",
"He met Italy's Giorgia Meloni on Friday, 15 August 2025 at 10:42, two years ago, last spring.",
"They lost 1.5 million dollars and 340 tanks, 12% of the fleet, a dozen men, 2,500 people, twenty-five soldiers.",
"Faster than a ceasefire. It's fine. Momentum is building. CNN reported it. The BBC and Fox News said so.",
"Witkoff says the US can offer Article 5-like security guarantees, over 5,000 km on August 15.",
"The European Commission, Pentagon, White House and Kremlin agreed with Democrats and the West."];
for (const t of s) {
  const doc = nlp(t);
  console.log("---", t);
  console.log("NUM", JSON.stringify(doc.numbers().json({offset:true}).map(n=>[n.text,n.number, n.offset.start, n.offset.length])));
  console.log("ORG", doc.organizations().out("array"), "TOP", doc.topics().out("array"));
  console.log("PN", JSON.stringify(doc.match("#ProperNoun+").json({offset:true, terms:{tags:true}}).map(m=>[m.text, m.terms.map(t=>t.tags.join("/"))])));
  console.log("DATE", doc.match("#Date+").out("array"));
}
