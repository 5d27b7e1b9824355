/*
 * Abbreviations a Norwegian municipal reader knows without an explanation
 * (Språkrådet's list of common abbreviations, and the names of bodies every
 * kommune deals with). Others are reported by remark-klarsprak until the
 * text explains them. Add to this list rather than silencing the rule when
 * a name is as well known as these.
 */

/** Capitalised abbreviations that need no explanation. */
export const KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `KS NAV IKT IT EU EØS FN NATO USA PDF AS ASA SA BA IKS KF NRK TV PC SMS CO NOK EUR USD
   OK UiO UiB NTNU NHO LO BNP FAU SFO PPT EPOST ID DA ANS NN HTML URL CSV JSON XML PNG JPEG
   JPG SVG GIF WEBP DOCX XLSX GPS QR WCAG ISO NS MVA
   SUM TOTAL TOTALT OBS MERK NB NYHET NYHEIT`.split(/\s+/),
);

/** Lower-case abbreviations written with full stops; a sentence does not end after them. */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `f.eks. t.d. bl.a. m.a. m.m. mv. osv. o.l. dvs. jf. jfr. ca. kap. nr. pkt. s. ss. vedr.
   evt. ev. inkl. ekskl. kr. mill. mrd. tlf. st. ref. pr. nb. obs. bl.a m.fl. o.a. t.o.m. f.o.m.
   adm. avd. utv. sak. ang. iht. ift. mht. vs. art. jan. feb. mar. apr. jun. jul. aug. sep. sept.
   okt. nov. des. kl. min. maks. gj.sn. ekskl. dr. prof.`.split(/\s+/),
);
