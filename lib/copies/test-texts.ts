// Texts written for these tests (invented events, outlets and people).

/** A wire story as an agency sends it. */
export const AGENCY = `Flood waters reach the old town of Marrow

The river Linden burst its banks near Marrow on Tuesday night, flooding the old town and forcing about 2,400 residents from their homes, the regional civil protection office said on Wednesday.
Rescue crews used boats to reach people trapped on upper floors. Two people were missing, a spokeswoman for the office said, and at least 40 had been treated for minor injuries.
The water level at the Marrow gauge peaked at 6.8 metres shortly after midnight, more than a metre above the previous record set in 1994.
Mayor Ilse Brandauer called the flood the worst in living memory and asked the regional government for emergency funds. Schools in the district will stay closed until Friday.`;

/** The same wire story as a second outlet ran it: its own headline, a line break moved, quotes changed. */
export const AGENCY_COPY = `Marrow old town under water after river bursts its banks

The river Linden burst its banks near Marrow on Tuesday night, flooding the old town and forcing about 2,400 residents from their homes, the regional civil protection office said on Wednesday. Rescue crews used boats to reach people trapped on upper floors.
Two people were missing, a spokeswoman for the office said, and at least 40 had been treated for minor injuries. The water level at the Marrow gauge peaked at 6.8 metres shortly after midnight, more than a metre above the previous record set in 1994.
Mayor Ilse Brandauer called the flood "the worst in living memory" and asked the regional government for emergency funds. Schools in the district will stay closed until Friday.`;

/** A light rewrite: a few words changed in most sentences, one sentence added. */
export const REWRITE = `Floods hit Marrow: thousands leave their homes

The river Linden burst its banks near Marrow late on Tuesday, flooding the old town and forcing roughly 2,400 residents from their homes, the regional civil protection office said on Wednesday.
Rescue crews used boats to reach people trapped on upper floors. Two people were still missing, a spokeswoman for the office said, and at least 40 had been treated for minor injuries.
The water level at the Marrow gauge peaked at 6.8 metres shortly after midnight, more than a metre above the previous record set in 1994.
Mayor Ilse Brandauer called the flood the worst in living memory and asked the regional government for emergency funds. Schools in the district will stay closed until Friday, the mayor added.`;

/** A brief that ran only the first two paragraphs of the wire story. */
export const BRIEF = `Marrow flooded

The river Linden burst its banks near Marrow on Tuesday night, flooding the old town and forcing about 2,400 residents from their homes, the regional civil protection office said on Wednesday.
Rescue crews used boats to reach people trapped on upper floors. Two people were missing, a spokeswoman for the office said, and at least 40 had been treated for minor injuries.`;

/** An independent report of the same flood: same facts and names, its own words. */
export const INDEPENDENT = `"Worst in living memory": Marrow counts the cost

By Wednesday morning the brown water of the Linden stood knee-deep in the market square of Marrow. Police said close to 3,000 people had spent the night with relatives or in the sports hall, where volunteers handed out blankets and soup.
Officials still could not say how many people were missing. Residents told our reporter that the sirens came too late: many had moved their cars only when the water was already at the door.
Mayor Ilse Brandauer, visiting the sports hall, promised quick help and said the town would ask the regional government for money to rebuild the river walls.`;

/** The wire story in German, as a translation of it would read. */
export const AGENCY_GERMAN = `Hochwasser erreicht die Altstadt von Marrow

Der Fluss Linden ist in der Nacht zum Mittwoch bei Marrow über die Ufer getreten, hat die Altstadt überflutet und etwa 2.400 Bewohner aus ihren Häusern vertrieben, wie der regionale Katastrophenschutz am Mittwoch mitteilte.
Rettungskräfte erreichten mit Booten Menschen, die in oberen Stockwerken eingeschlossen waren. Zwei Menschen wurden vermisst, mindestens 40 wurden leicht verletzt behandelt.`;
