-- The rows of Flyway migration 3 (SeedMigration), generated once from what it wrote while it read
-- db/seed/ through the application's code; see SeedMigration. Each raw_text is its capture byte for byte.
insert into article (slug, outlet_id, original_url, title, body, raw_text, published_on, date_basis, date_evidence, byline, language, content_hash, source_name)
values ('nato-and-us-make-final-adjustments-in-response-to-russian-demands', (select id from outlet where slug = 'playcrazygame'), 'https://playcrazygame.com/2022/01/27/nato-and-us-make-final-adjustments-in-response-to-russian-demands/', 'NATO and US make final adjustments in response to Russian demands', 'The written response of NATO (North Atlantic Treaty Organization) and the United States to the security demands presented by Russia will be sent by the end of this week, informed different diplomatic sources of the Atlantic Alliance today.

This response is being “finalized”, said the sources consulted by AFP.

“Many of the Russian demands are unacceptable or unrealistic, but the response identifies a number of areas in which it is possible to work on their concerns,” said a European official.

“The question now is: is this what the Russians are waiting for?” he added.

Last mid-December, Russia presented two proposed treaties to drastically limit American and NATO influence near its borders.

The United States replied that it was ready to discuss the issue, in consultation with the Europeans.

Russia demands a written commitment not to expand NATO to Ukraine and Georgia, in addition to withdrawing forces and weapons from the military alliance of Eastern European countries that joined NATO after 1997.

Western countries find this set of demands unacceptable, but in practice they have frozen the accession process for Ukraine and Georgia. This inclusion requires the unanimity of the 30 members of the military alliance.

“It is essential that the security guarantees for Russia are put in writing and have the force of law”, stressed Russian Vice Chancellor Sergey Riabkov, during the presentation of the two texts to the press.

The treaty proposals would prohibit the United States from establishing military bases in any country of the former Soviet Union that is not a member of NATO.

Nor could the infrastructure of these countries be used “for any military activity” or even “develop bilateral military cooperation.”

Likewise, NATO members would commit not to expand the alliance, nor carry out any military activity on the territory of Ukraine and other countries in Eastern Europe, the South Caucasus and Central Asia.

Western countries demand that Russia withdraw Russian units stationed on its own territory along the border with Ukraine and that it “de-escalate” tensions with the Ukrainian government.', ' date 2022-01-27 The written response of NATO (North Atlantic Treaty Organization) and the United States to the security demands presented by Russia will be sent by the end of this week, informed different diplomatic sources of the Atlantic Alliance today.

This response is being “finalized”, said the sources consulted by AFP.

“Many of the Russian demands are unacceptable or unrealistic, but the response identifies a number of areas in which it is possible to work on their concerns,” said a European official.

“The question now is: is this what the Russians are waiting for?” he added.

Last mid-December, Russia presented two proposed treaties to drastically limit American and NATO influence near its borders.

The United States replied that it was ready to discuss the issue, in consultation with the Europeans.

Russia demands a written commitment not to expand NATO to Ukraine and Georgia, in addition to withdrawing forces and weapons from the military alliance of Eastern European countries that joined NATO after 1997.

Western countries find this set of demands unacceptable, but in practice they have frozen the accession process for Ukraine and Georgia. This inclusion requires the unanimity of the 30 members of the military alliance.

“It is essential that the security guarantees for Russia are put in writing and have the force of law”, stressed Russian Vice Chancellor Sergey Riabkov, during the presentation of the two texts to the press.

The treaty proposals would prohibit the United States from establishing military bases in any country of the former Soviet Union that is not a member of NATO.

Nor could the infrastructure of these countries be used “for any military activity” or even “develop bilateral military cooperation.”

Likewise, NATO members would commit not to expand the alliance, nor carry out any military activity on the territory of Ukraine and other countries in Eastern Europe, the South Caucasus and Central Asia.

Western countries demand that Russia withdraw Russian units stationed on its own territory along the border with Ukraine and that it “de-escalate” tensions with the Ukrainian government.', '2022-01-27', 'HEADER_LINE', 'Header line “date 2022-01-27”; the URL path /2022/01/27/ agrees.', NULL, 'en', 'a283f095154d7223ea004aa0507222e061bbee786dacde604aba9a3114275c10', '000_9c0e0673cd2d66e7.txt');
insert into article (slug, outlet_id, original_url, title, body, raw_text, published_on, date_basis, date_evidence, byline, language, content_hash, source_name)
values ('nato-about-to-give-written-response-to-russia-s-security-guarantees-proposals', (select id from outlet where slug = 'sputnik'), 'https://sputniknews.com/20220126/nato-about-to-give-written-response-to-russias-security-guarantees-proposals-report-claims-1092536255.html', 'NATO About to Give Written Response to Russia''s Security Guarantees Proposals, Report Claims', 'According to US Secretary of State Antony Blinken, NATO''s written responses will be delivered not long after Washington sent its own responses to Russia, which were transmitted earlier on Wednesday.

Diplomats from the NATO alliance told Agence France-Presse on Wednesday that the bloc''s written response to Russian security proposals would soon be delivered to Russia''s ambassador in Belgium. Deutsche Presse-Agentur also reported that NATO''s response made clear that Russia''s key demands are "unacceptable."

The US submitted its own written responses to Russian security proposals, which Blinken said reiterated what US officials have already said publicly, including that NATO''s membership policy would not change and actions by Russia that he said undermined regional security. He said the US response places the onus on Russian President Vladimir Putin to follow the diplomatic path forward they have laid out.

He emphasized that while Ukraine is not a NATO ally, its leaders were consulted in the drafting of the US'' response, as was US President Joe Biden.

Moscow delivered a series of security proposals about Eastern Europe in mid-December that were aimed at defusing the present crisis on the Ukrainian border, where NATO claims thousands of Russian troops are poised for an invasion of Ukraine. However, both Russian and Ukrainian leaders have dismissed the notion that the troops, which are involved in drills, could constitute a strike force.

Russia''s proposals address its key security concerns, including ending the further eastward expansion of NATO, most especially the potential accession of Ukraine to the alliance, and averting the stationing of more offensive weapons in Eastern Europe.

The North Atlantic Treaty Organization (NATO) was formed in 1949 by several Western European capitalist powers as a collective security pact designed to avert a potential Soviet invasion.', ' date 2022-01-26 Registration was successful!
NATO About to Give Written Response to Russia''s Security Guarantees Proposals, Report Claims
NATO About to Give Written Response to Russia''s Security Guarantees Proposals, Report Claims
According to US Secretary of State Antony Blinken, NATO''s written responses will be delivered not long after Washington sent its own responses to Russia, which were transmitted earlier on Wednesday.

17:45 GMT 26.01.2022 (Updated: 18:14 GMT 26.01.2022)
Flags of Alliance members flap in the wind outside NATO headquarters in Brussels, Friday, Feb. 28, 2020
Flags of Alliance members flap in the wind outside NATO headquarters in Brussels, Friday, Feb. 28, 2020
© AP Photo / Olivier Matthys
Sputnik News reporter Morgan Artyukhina - Sputnik International
Morgan Artyukhina
Morgan Artyukhina
According to US Secretary of State Antony Blinken, NATO''s written responses will be delivered not long after Washington sent its own responses to Russia, which were transmitted earlier on Wednesday.
Diplomats from the NATO alliance told Agence France-Presse on Wednesday that the bloc''s written response to Russian security proposals would soon be delivered to Russia''s ambassador in Belgium. Deutsche Presse-Agentur also reported that NATO''s response made clear that Russia''s key demands are "unacceptable."
The US submitted its own written responses to Russian security proposals, which Blinken said reiterated what US officials have already said publicly, including that NATO''s membership policy would not change and actions by Russia that he said undermined regional security. He said the US response places the onus on Russian President Vladimir Putin to follow the diplomatic path forward they have laid out.
He emphasized that while Ukraine is not a NATO ally, its leaders were consulted in the drafting of the US'' response, as was US President Joe Biden.
Moscow delivered a series of security proposals about Eastern Europe in mid-December that were aimed at defusing the present crisis on the Ukrainian border, where NATO claims thousands of Russian troops are poised for an invasion of Ukraine. However, both Russian and Ukrainian leaders have dismissed the notion that the troops, which are involved in drills, could constitute a strike force.
Russia''s proposals address its key security concerns, including ending the further eastward expansion of NATO, most especially the potential accession of Ukraine to the alliance, and averting the stationing of more offensive weapons in Eastern Europe.
The North Atlantic Treaty Organization (NATO) was formed in 1949 by several Western European capitalist powers as a collective security pact designed to avert a potential Soviet invasion.
', '2022-01-26', 'HEADER_LINE', 'Header line “date 2022-01-26”; the in-text timestamp “17:45 GMT 26.01.2022 (Updated: 18:14 GMT 26.01.2022)” and the URL path /20220126/ agree.', 'Morgan Artyukhina', 'en', '1a6aeeff7b57f4810b87654602a4a6c75f6adad1f45ba10c81602755efe4f752', '001_3e1338e84fc86e8a.txt');
insert into article (slug, outlet_id, original_url, title, body, raw_text, published_on, date_basis, date_evidence, byline, language, content_hash, source_name)
values ('media-revealed-us-and-nato-responses-to-russia-s-so-called-security-guarantees', (select id from outlet where slug = 'unidentified'), NULL, 'Media revealed US and NATO responses to Russia''s so-called "security guarantees"', 'The Spanish newspaper El Pais said it had received US and NATO responses to Russia''s proposals for so-called "security guarantees" and published details.

This was reported by El Pais.

The publication notes that the responses largely reflect messages that Western leaders have publicly conveyed to the Kremlin.

"Given the significant, unprovoked, unjustified and protracted Russian military build-up in and around Ukraine, as well as in Belarus, we call on Russia to de-escalate the situation immediately," the NATO statement said.

"The position of the United States government is that progress on these issues can only be made in the context of de-escalation of Russia''s threatening actions against Ukraine," Washington warned.

The US response said Washington was ready to discuss the concept of "security indivisibility," which the OSCE approved at its 2010 summit. Moscow has included this principle in the first article of its draft agreement, arguing that Ukraine''s possible accession to NATO will affect its security.

The text warns that the United States doesn''t share Russia''s opinion and notes that "the concept of the indivisibility of ''security'' cannot be considered in isolation."

The Washington document made it clear from the outset that it "continues to strongly support NATO''s open-door policy" and therefore doesn''t rule out the future inclusion of Ukraine or Georgia in the Alliance.

The NATO text also reaffirms the open door policy and emphasizes the right of all states to choose their agreements in terms of security "without outside interference."

As for Ukraine, the Biden administration is proposing to Russia "mutual transparency measures," according to which Russia and the United States will agree to "refrain from deploying offensive ground-based missile systems and permanent forces with combat missions in Ukraine." To this end, Washington is proposing to consult with Kyiv.

The US document states that they are "ready to work for mutual understanding with Russia, as well as with our transatlantic allies and security partners of common interest."

The document also sets out a number of issues on which Washington is "ready to discuss mutual commitments or actions" and the forums in which they should be addressed.

The United States says it is ready to pursue the process "honestly," blaming Putin for deploying more than 100,000 troops on Ukraine''s border, occupying Crimea, and fueling the Donbas conflict.

Washington complains that in its draft agreement on security in Europe, "Russia has made certain demands that undermine the principles that Russia has committed itself to in previous documents."

A number of US proposals include restrictions on missiles, culminating in new disarmament agreements. Washington has said it is ready to begin bilateral talks with Russia on control of short- and medium-range missiles and their launchers.

The document highlights the concerns of Washington and its allies over Russia''s efforts to diversify and increase its nuclear arsenal, develop new intercontinental missiles, and deploy dual and non-strategic missiles near NATO''s borders.

One of the new ideas is Russia''s proposal for a "transparency mechanism" to check the absence of Tomahawk cruise missiles capable of reaching Russian territory at NATO bases. In turn, Washington calls for an identical approach with two bases in Russia.

To recap, on Tuesday, Russian President Vladimir Putin said that Ukraine''s accession to NATO would threaten Russia''s military conflict with the Alliance over Crimea.', 'fbpx
13:29 02 Feb 2022

Media revealed US and NATO responses to Russia''s so-called "security guarantees"

Photo Reuters

The Spanish newspaper El Pais said it had received US and NATO responses to Russia''s proposals for so-called "security guarantees" and published details.

This was reported by El Pais.

The publication notes that the responses largely reflect messages that Western leaders have publicly conveyed to the Kremlin.

"Given the significant, unprovoked, unjustified and protracted Russian military build-up in and around Ukraine, as well as in Belarus, we call on Russia to de-escalate the situation immediately," the NATO statement said.

"The position of the United States government is that progress on these issues can only be made in the context of de-escalation of Russia''s threatening actions against Ukraine," Washington warned.

The US response said Washington was ready to discuss the concept of "security indivisibility," which the OSCE approved at its 2010 summit. Moscow has included this principle in the first article of its draft agreement, arguing that Ukraine''s possible accession to NATO will affect its security.

The text warns that the United States doesn''t share Russia''s opinion and notes that "the concept of the indivisibility of ''security'' cannot be considered in isolation."

The Washington document made it clear from the outset that it "continues to strongly support NATO''s open-door policy" and therefore doesn''t rule out the future inclusion of Ukraine or Georgia in the Alliance.

The NATO text also reaffirms the open door policy and emphasizes the right of all states to choose their agreements in terms of security "without outside interference."

As for Ukraine, the Biden administration is proposing to Russia "mutual transparency measures," according to which Russia and the United States will agree to "refrain from deploying offensive ground-based missile systems and permanent forces with combat missions in Ukraine." To this end, Washington is proposing to consult with Kyiv.

The US document states that they are "ready to work for mutual understanding with Russia, as well as with our transatlantic allies and security partners of common interest."

The document also sets out a number of issues on which Washington is "ready to discuss mutual commitments or actions" and the forums in which they should be addressed.

The United States says it is ready to pursue the process "honestly," blaming Putin for deploying more than 100,000 troops on Ukraine''s border, occupying Crimea, and fueling the Donbas conflict.

Washington complains that in its draft agreement on security in Europe, "Russia has made certain demands that undermine the principles that Russia has committed itself to in previous documents."

A number of US proposals include restrictions on missiles, culminating in new disarmament agreements. Washington has said it is ready to begin bilateral talks with Russia on control of short- and medium-range missiles and their launchers.

The document highlights the concerns of Washington and its allies over Russia''s efforts to diversify and increase its nuclear arsenal, develop new intercontinental missiles, and deploy dual and non-strategic missiles near NATO''s borders.

One of the new ideas is Russia''s proposal for a "transparency mechanism" to check the absence of Tomahawk cruise missiles capable of reaching Russian territory at NATO bases. In turn, Washington calls for an identical approach with two bases in Russia.

To recap, on Tuesday, Russian President Vladimir Putin said that Ukraine''s accession to NATO would threaten Russia''s military conflict with the Alliance over Crimea.

If you have found a spelling error, please, notify us by selecting that text and pressing Ctrl+Enter.

Spelling error report

The following text will be sent to our editors:', '2022-02-02', 'IN_TEXT', 'In-text timestamp “13:29 02 Feb 2022” at the top of the page; there is no header line and the URL is unknown.', NULL, 'en', '5c7211c1fdbeff2983ee0c3bc679e4afc79352345e85b27eef3cafa8b78aeb39', '002_73428c9fd92591ec.txt');
insert into article (slug, outlet_id, original_url, title, body, raw_text, published_on, date_basis, date_evidence, byline, language, content_hash, source_name)
values ('russia-us-nato-response-fails-to-address-key-security-demands', (select id from outlet where slug = 'pledge-times'), 'https://pledgetimes.com/russia-us-nato-response-fails-to-address-key-security-demands/', 'Russia: US-NATO response fails to address key security demands', 'The Government of Vladimir Putin assured this January 27 that the written response of the United States and NATO to its demands does not address the main demands, focused on redesigning security agreements after the Cold War. The Kremlin noted that “there is room” to continue a dialogue, but on secondary issues. Tension rises as neither side shows willingness to back down from their armed presence and military exercises in Eastern Europe.

Russian Foreign Minister Sergei Lavrov said the written response from the United States and the North Atlantic Treaty Alliance (NATO) did not address the Kremlin’s main demands to end the armed tension on Ukraine’s borders.

The highest representative of Russian diplomacy pointed out that his counterpart’s response gives hope to start a “serious dialogue”, but on secondary issues and not on fundamental issues.

President Vladimir Putin will decide Russia’s next steps, Lavrov added.

The Kremlin’s reply wrecks the hopes of a prompt negotiated solution to the conflict and after the expectations for the written response that Washington and the Military Alliance finally delivered on Wednesday, January 26.

This is the response to the list of demands that Moscow delivered to Washington and NATO on December 17.

Among the requirements stand out: the prohibition of Ukraine joining NATO; the end of the activity of the military alliance in Eastern Europe, including the Ukrainian territory, the Caucasus and Central Asia and the commitment that neither Washington nor Moscow deploy short or medium range missiles outside their territories.

Basically, the Russian government demands that the West withdraw its military and weapons to the place where they were stationed in 1997, in the countries that were not members of NATO at that time. Among them Bulgaria and Romania.

Likewise, the Kremlin sees the eventual union of its neighbor Ukraine to NATO as a red line because, due to its location at the gates of Russia, it is considered a security threat that it is not willing to allow.

However, the West sees Russia’s 2014 annexation of the then-Ukrainian peninsula of Crimea, its backing of Donbass separatists, and the exponential surge of troops along Ukraine’s border over the past year as excessive actions.

For an eventual agreement, the West demands proof from the Kremlin that it will not attack Ukraine. The Joe Biden Administration warns of drastic personal sanctions against Putin and other high-ranking officials if his government orders an attack on Ukrainian territory. But neither side seems willing to budge on the ground as tensions mount.

What are NATO’s next steps if fears of an invasion of Ukraine come true?

Despite the exchange of threats, a direct response from the military alliance is not mandatory and there is no consensus on the matter.

Although Kiev is a close partner and was promised eventual membership at the organization’s summit in 2008, it is not part of NATO, so the transatlantic alliance is not obligated to defend it.

US President Joe Biden, whose country leads NATO, has already signaled that he would not send US or allied troops to fight Russia in Ukraine.

Would the West then arm the Ukrainian military? At the moment, the North Atlantic Treaty Organization, of 30 member countries including the 27 European Union, the United Kingdom and the United States, is working with Kiev to modernize its armed forces.

Canada operates a training program on Ukrainian soil, while Denmark steps up efforts to bring the former Soviet republic’s security forces up to NATO standards.

Washington, London and the Baltic states are sending weapons to Ukraine, including anti-tank missiles, small arms and ships. For its part, Turkey has sold drones to the Volodymyr Zelensky administration that its army has used in the east of the country against Russian-backed separatists.

However, Germany has already made it clear that it is against sending weapons to Ukraine. Instead, Berlin has promised an entire field hospital, for around $6 million, and the necessary training for Ukrainian soldiers to operate it.

The alliance has also said it will help Ukraine defend against cyberattacks allegedly at the hands of Moscow, for which it is providing security and communications equipment for military commanders.

However, NATO is preparing. The US Department of Defense has placed some 8,500 US soldiers on high alert. Denmark will send a frigate to the Baltic Sea and four F-16 fighter jets to Lithuania. Spain has sent a minesweeper and a frigate to join the organization’s naval forces in the Mediterranean and the Black Sea.

Madrid is also considering sending fighter jets to Bulgaria, while the Netherlands has also offered two F-35 fighter jets to Bulgaria starting in April. And France can send troops to Romania.

NATO has four multinational battle groups with some 4,000 soldiers, led by Canada, Germany, the United Kingdom and the United States in Latvia, Lithuania, Estonia and Poland.

Those troops serve as “tripwires” for NATO’s 40,000-plus-strong response force to rush in and bring in more US troops and weapons from across the Atlantic.

The threats could be delayed. An armed confrontation would have serious consequences for all parties, which is why, despite the differences, they still give space to diplomatic channels.

NATO, which is both a political and a military organization, has offered further talks with Moscow in the form of the NATO-Russia Council in Brussels to find a solution.

US State Department spokesman Ned Price warned in the last few hours that the US would work with Germany to ensure that the Nord Stream 2 gas pipeline does not start operating if Russia invades Ukraine, the Minister of Foreign Affairs confirmed. Foreign Affairs of Germany, Annalena Baerbock.

It is a movement that would bring great economic damage to Moscow and that puts at risk the supply of gas in Europe, currently transported from Russian soil, passing through Ukraine.

With Reuters, AP and local media', ' date 2022-01-27 The Government of Vladimir Putin assured this January 27 that the written response of the United States and NATO to its demands does not address the main demands, focused on redesigning security agreements after the Cold War. The Kremlin noted that “there is room” to continue a dialogue, but on secondary issues. Tension rises as neither side shows willingness to back down from their armed presence and military exercises in Eastern Europe.

Russian Foreign Minister Sergei Lavrov said the written response from the United States and the North Atlantic Treaty Alliance (NATO) did not address the Kremlin’s main demands to end the armed tension on Ukraine’s borders.

The highest representative of Russian diplomacy pointed out that his counterpart’s response gives hope to start a “serious dialogue”, but on secondary issues and not on fundamental issues.

President Vladimir Putin will decide Russia’s next steps, Lavrov added.

The Kremlin’s reply wrecks the hopes of a prompt negotiated solution to the conflict and after the expectations for the written response that Washington and the Military Alliance finally delivered on Wednesday, January 26.

This is the response to the list of demands that Moscow delivered to Washington and NATO on December 17.

Among the requirements stand out: the prohibition of Ukraine joining NATO; the end of the activity of the military alliance in Eastern Europe, including the Ukrainian territory, the Caucasus and Central Asia and the commitment that neither Washington nor Moscow deploy short or medium range missiles outside their territories.

Basically, the Russian government demands that the West withdraw its military and weapons to the place where they were stationed in 1997, in the countries that were not members of NATO at that time. Among them Bulgaria and Romania.

Likewise, the Kremlin sees the eventual union of its neighbor Ukraine to NATO as a red line because, due to its location at the gates of Russia, it is considered a security threat that it is not willing to allow.

However, the West sees Russia’s 2014 annexation of the then-Ukrainian peninsula of Crimea, its backing of Donbass separatists, and the exponential surge of troops along Ukraine’s border over the past year as excessive actions. .

For an eventual agreement, the West demands proof from the Kremlin that it will not attack Ukraine. The Joe Biden Administration warns of drastic personal sanctions against Putin and other high-ranking officials if his government orders an attack on Ukrainian territory. But neither side seems willing to budge on the ground as tensions mount.

What are NATO’s next steps if fears of an invasion of Ukraine come true?

Despite the exchange of threats, a direct response from the military alliance is not mandatory and there is no consensus on the matter.

Although Kiev is a close partner and was promised eventual membership at the organization’s summit in 2008, it is not part of NATO, so the transatlantic alliance is not obligated to defend it.

US President Joe Biden, whose country leads NATO, has already signaled that he would not send US or allied troops to fight Russia in Ukraine.

Would the West then arm the Ukrainian military? At the moment, the North Atlantic Treaty Organization, of 30 member countries including the 27 European Union, the United Kingdom and the United States, is working with Kiev to modernize its armed forces.

Canada operates a training program on Ukrainian soil, while Denmark steps up efforts to bring the former Soviet republic’s security forces up to NATO standards.

Washington, London and the Baltic states are sending weapons to Ukraine, including anti-tank missiles, small arms and ships. For its part, Turkey has sold drones to the Volodymyr Zelensky administration that its army has used in the east of the country against Russian-backed separatists.

However, Germany has already made it clear that it is against sending weapons to Ukraine. Instead, Berlin has promised an entire field hospital, for around $6 million, and the necessary training for Ukrainian soldiers to operate it.

The alliance has also said it will help Ukraine defend against cyberattacks allegedly at the hands of Moscow, for which it is providing security and communications equipment for military commanders.

However, NATO is preparing. The US Department of Defense has placed some 8,500 US soldiers on high alert. Denmark will send a frigate to the Baltic Sea and four F-16 fighter jets to Lithuania. Spain has sent a minesweeper and a frigate to join the organization’s naval forces in the Mediterranean and the Black Sea.

Madrid is also considering sending fighter jets to Bulgaria, while the Netherlands has also offered two F-35 fighter jets to Bulgaria starting in April. And France can send troops to Romania.

NATO has four multinational battle groups with some 4,000 soldiers, led by Canada, Germany, the United Kingdom and the United States in Latvia, Lithuania, Estonia and Poland.

Those troops serve as “tripwires” for NATO’s 40,000-plus-strong response force to rush in and bring in more US troops and weapons from across the Atlantic.

The threats could be delayed. An armed confrontation would have serious consequences for all parties, which is why, despite the differences, they still give space to diplomatic channels.

NATO, which is both a political and a military organization, has offered further talks with Moscow in the form of the NATO-Russia Council in Brussels to find a solution.

US State Department spokesman Ned Price warned in the last few hours that the US would work with Germany to ensure that the Nord Stream 2 gas pipeline does not start operating if Russia invades Ukraine, the Minister of Foreign Affairs confirmed. Foreign Affairs of Germany, Annalena Baerbock.

It is a movement that would bring great economic damage to Moscow and that puts at risk the supply of gas in Europe, currently transported from Russian soil, passing through Ukraine.

With Reuters, AP and local media', '2022-01-27', 'HEADER_LINE', 'Header line “date 2022-01-27”; the text’s “this January 27” agrees (the URL carries no date).', NULL, 'en', '897ac51ea33419ac9a1a05b61f070edb529b2114336dc0e54d0475770e3f89ea', '003_704011b801f09680.txt');
insert into article (slug, outlet_id, original_url, title, body, raw_text, published_on, date_basis, date_evidence, byline, language, content_hash, source_name)
values ('us-rejects-russia-s-demands-nato-to-continue-enlargement-policy', (select id from outlet where slug = 'atalayar'), 'https://atalayar.com/en/content/us-rejects-russias-demands-nato-continue-enlargement-policy', 'US rejects Russia''s demands: NATO to continue enlargement policy', 'Medvedev, deputy chairman of Russia''s Security Council, has accused the Alliance of "not keeping its promises"

Washington has already responded to Moscow''s demands, as reported by Secretary of State Antony Blinken and Russian Deputy Foreign Minister Alexandr Grushko. The US diplomat had previously informed his Russian counterpart, Sergey Lavrov, in Geneva that the US would respond in writing this week. As expected, Joe Biden''s administration has again rejected Russian security requests. These requests include the withdrawal of NATO troops from all countries bordering Russia and a pledge that the Alliance will not expand further eastwards.

John Sullivan, the US ambassador to Moscow, delivered the response to the Russian Foreign Ministry in person. The document "sets out a serious diplomatic path if Russia chooses," Blinken explained at a press conference. Now that Moscow has received Washington''s response, the Secretary of State hopes to hold a "follow-up" meeting with Lavrov. "I think there are important things to work with if Russia is serious about the job. And that''s up to President Putin. We''ll see how they respond," he said. The response submitted by the US is not a "formal" document; it sets out ideas and proposals in which Washington hopes to "advance collective security".

On the other hand, the Secretary of State stressed that "decisions are made by NATO and its doors remain open". In this sense, he reiterated his defence of the Alliance''s "open door policy". The head of US diplomacy, while not presenting many details about the response, rejected Moscow''s demands that the Alliance commit to not admitting Ukraine.

"We made clear that there are basic principles that we are committed to upholding and defending, including Ukraine''s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances," he said. Talks for Kiev to join NATO began in 2008, although these negotiations were suspended in 2014, with Russia''s annexation of Crimea.

The memo, which also addresses arms control, will not be made public at the request of the United States, The Washington Post reports. "US officials asked their Russian counterparts to keep the document secret," the US newspaper said. By contrast, Lavrov said during a press briefing following his meeting with Blinken on Friday that "it would be right to make that response public".

For Washington, it is up to Moscow to decide how to resolve the crisis. "We are ready for any of the options," Blinken said. The US has long accused Russia of planning "aggression" against Ukraine. As a result, Kiev has received 170 tonnes of US military equipment since Sunday, with more expected soon. Russia has condemned these actions, accusing the US of increasing tensions in the region.

Stoltenberg: "We are prepared for the worst"

Although the United States is leading the negotiations with Russia, Washington has relied on its European partners in drafting the response to Moscow. The document has also been endorsed by Ukraine and NATO. NATO Secretary General Jens Stoltenberg has again urged Russia to "de-escalate immediately" in a separate document. Stoltenberg said a political solution is possible, but warned that NATO "is prepared for the worst". Several NATO countries have already sent reinforcements to eastern countries to deal with Russian troops deployed near the Ukrainian border.

Regarding the possible entry of other countries into NATO, the Norwegian politician recalled that they respect "the right of each nation to choose", alluding to Ukraine and Georgia, the main candidates to join the Alliance. In addition, he called on Russia to "withdraw its clothes from Georgia, Ukraine and Moldova". However, Stoltenberg has also advocated diplomacy, calling for Russia and NATO to reopen their respective offices in Moscow and Brussels.

Kiev, for its part, has backed the response put forward by its US allies. Mykhailo Podoliak, a Ukrainian presidential adviser, told CNN that Russia had an opportunity to use diplomacy to "avoid a negative scenario".

Putin to decide on "next steps"

Russian officials have commented on the US response. Minister Lavrov noted that the document presented by Washington "does not contain a positive reaction to the non-expansion of NATO", Russia''s main security proposal. However, the head of Russian diplomacy stresses that there are other aspects presented that allow for "the beginning of a serious conversation".

For the time being, Lavrov''s ministry is "considering the documents as a whole". "After interdepartmental coordination, we will inform the president. He will decide our next steps," the diplomat told Russia''s Interfax news agency.

Meanwhile, Dmitry Medvedev, deputy chairman of Russia''s Security Council, has accused NATO of not keeping its promises and encroaching on Russia''s borders. "Did they promise not to expand into the territory of the former Soviet Union? They promised in private talks," Medvedev said. "Now they are encroaching on the borders of our state," he added.', 'Medvedev, deputy chairman of Russia''s Security Council, has accused the Alliance of "not keeping its promises"

US rejects Russia''s demands: NATO to continue enlargement policy

AP/EVAN VUCCI - Secretary of State Antony Blinken

Washington has already responded to Moscow''s demands, as reported by Secretary of State Antony Blinken and Russian Deputy Foreign Minister Alexandr Grushko. The US diplomat had previously informed his Russian counterpart, Sergey Lavrov, in Geneva that the US would respond in writing this week. As expected, Joe Biden''s administration has again rejected Russian security requests. These requests include the withdrawal of NATO troops from all countries bordering Russia and a pledge that the Alliance will not expand further eastwards.

John Sullivan, the US ambassador to Moscow, delivered the response to the Russian Foreign Ministry in person. The document "sets out a serious diplomatic path if Russia chooses," Blinken explained at a press conference. Now that Moscow has received Washington''s response, the Secretary of State hopes to hold a "follow-up" meeting with Lavrov. "I think there are important things to work with if Russia is serious about the job. And that''s up to President Putin. We''ll see how they respond," he said. The response submitted by the US is not a "formal" document; it sets out ideas and proposals in which Washington hopes to "advance collective security".

AP/DENIS BALIBOUSE  -   El presidente de Estados Unidos, Joe Biden, a la izquierda, y el presidente de Rusia, Vladimir Putin, a la derecha

On the other hand, the Secretary of State stressed that "decisions are made by NATO and its doors remain open". In this sense, he reiterated his defence of the Alliance''s "open door policy". The head of US diplomacy, while not presenting many details about the response, rejected Moscow''s demands that the Alliance commit to not admitting Ukraine.

"We made clear that there are basic principles that we are committed to upholding and defending, including Ukraine''s sovereignty and territorial integrity, and the right of states to choose their own security arrangements and alliances," he said. Talks for Kiev to join NATO began in 2008, although these negotiations were suspended in 2014, with Russia''s annexation of Crimea.

AFP PHOTO / Mauricio Campino /US Air Force - Aviadores y civiles del 436º Escuadrón de Puerto Aéreo paletizando municiones, armas y otros equipos con destino a Ucrania durante una misión de ventas militares extranjeras en la Base Aérea de Dover, Delaware

The memo, which also addresses arms control, will not be made public at the request of the United States, The Washington Post reports. "US officials asked their Russian counterparts to keep the document secret," the US newspaper said. By contrast, Lavrov said during a press briefing following his meeting with Blinken on Friday that "it would be right to make that response public".

For Washington, it is up to Moscow to decide how to resolve the crisis. "We are ready for any of the options," Blinken said. The US has long accused Russia of planning "aggression" against Ukraine. As a result, Kiev has received 170 tonnes of US military equipment since Sunday, with more expected soon. Russia has condemned these actions, accusing the US of increasing tensions in the region.

PHOTO/AP - Un convoy de vehículos blindados rusos avanza por una carretera en Crimea, el martes 18 de enero de 2022
Stoltenberg: "We are prepared for the worst"

Although the United States is leading the negotiations with Russia, Washington has relied on its European partners in drafting the response to Moscow. The document has also been endorsed by Ukraine and NATO. NATO Secretary General Jens Stoltenberg has again urged Russia to "de-escalate immediately" in a separate document. Stoltenberg said a political solution is possible, but warned that NATO "is prepared for the worst". Several NATO countries have already sent reinforcements to eastern countries to deal with Russian troops deployed near the Ukrainian border.

Regarding the possible entry of other countries into NATO, the Norwegian politician recalled that they respect "the right of each nation to choose", alluding to Ukraine and Georgia, the main candidates to join the Alliance. In addition, he called on Russia to "withdraw its clothes from Georgia, Ukraine and Moldova". However, Stoltenberg has also advocated diplomacy, calling for Russia and NATO to reopen their respective offices in Moscow and Brussels.

PHOTO/OTAN  -   El secretario General de la OTAN, Jens Stoltenberg

Kiev, for its part, has backed the response put forward by its US allies. Mykhailo Podoliak, a Ukrainian presidential adviser, told CNN that Russia had an opportunity to use diplomacy to "avoid a negative scenario".

Putin to decide on "next steps"

Russian officials have commented on the US response. Minister Lavrov noted that the document presented by Washington "does not contain a positive reaction to the non-expansion of NATO", Russia''s main security proposal. However, the head of Russian diplomacy stresses that there are other aspects presented that allow for "the beginning of a serious conversation".

AFP/FABRICE COFFRINI  -   El ministro de Asuntos Exteriores de Rusia Sergei Lavrov

For the time being, Lavrov''s ministry is "considering the documents as a whole". "After interdepartmental coordination, we will inform the president. He will decide our next steps," the diplomat told Russia''s Interfax news agency.

Meanwhile, Dmitry Medvedev, deputy chairman of Russia''s Security Council, has accused NATO of not keeping its promises and encroaching on Russia''s borders. "Did they promise not to expand into the territory of the former Soviet Union? They promised in private talks," Medvedev said. "Now they are encroaching on the borders of our state," he added. 

Envíanos tus noticias
Si conoces o tienes alguna pista en relación con una noticia, no dudes en hacérnosla llegar a través de cualquiera de las siguientes vías. Si así lo desea, tu identidad permanecerá en el anonimato', '2022-01-27', 'INFERRED', 'No date line or in-text date; the article reports Blinken’s press conference on the US written reply delivered on 26 January 2022 and Lavrov’s reaction to it, so it was published on or just after 26–27 January 2022 — 27 January is inferred.', NULL, 'en', '00e94b6e45c50261018b209430578d349d10d1673b12f4ce57f5ab0b0f1d768d', '004_4efa51a7752c072d.txt');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), 0, 'Flags of Alliance members flap in the wind outside NATO headquarters in Brussels, Friday, Feb. 28, 2020');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), 1, '© AP Photo / Olivier Matthys');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), 0, 'Photo Reuters');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), 0, 'AP/EVAN VUCCI - Secretary of State Antony Blinken');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), 1, 'AP/DENIS BALIBOUSE  -   El presidente de Estados Unidos, Joe Biden, a la izquierda, y el presidente de Rusia, Vladimir Putin, a la derecha');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), 2, 'AFP PHOTO / Mauricio Campino /US Air Force - Aviadores y civiles del 436º Escuadrón de Puerto Aéreo paletizando municiones, armas y otros equipos con destino a Ucrania durante una misión de ventas militares extranjeras en la Base Aérea de Dover, Delaware');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), 3, 'PHOTO/AP - Un convoy de vehículos blindados rusos avanza por una carretera en Crimea, el martes 18 de enero de 2022');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), 4, 'PHOTO/OTAN  -   El secretario General de la OTAN, Jens Stoltenberg');
insert into article_caption (article_id, position, text) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), 5, 'AFP/FABRICE COFFRINI  -   El ministro de Asuntos Exteriores de Rusia Sergei Lavrov');
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from outlet where slug = 'afp'), 307, 310);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from outlet where slug = 'afp'), 238, 258);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from outlet where slug = 'dpa'), 394, 417);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from outlet where slug = 'el-pais'), 22, 29);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from outlet where slug = 'el-pais'), 176, 183);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from outlet where slug = 'reuters'), 5983, 5990);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from outlet where slug = 'ap'), 5992, 5994);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from outlet where slug = 'washington-post'), 2138, 2157);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from outlet where slug = 'cnn'), 4014, 4017);
insert into citation (article_id, cited_outlet_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from outlet where slug = 'interfax'), 4706, 4714);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 24, 28);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 30, 64);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'united-states'), 74, 87);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'russia'), 125, 131);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 215, 232);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'russia'), 596, 602);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 669, 673);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'united-states'), 707, 720);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'russia'), 806, 812);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 856, 860);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'ukraine'), 864, 871);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'georgia'), 876, 883);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 1000, 1004);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'ukraine'), 1134, 1141);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'georgia'), 1146, 1153);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'russia'), 1288, 1294);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'sergei-ryabkov'), 1375, 1389);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'united-states'), 1487, 1500);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'soviet-union'), 1563, 1575);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 1600, 1604);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'nato'), 1752, 1756);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'ukraine'), 1862, 1869);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'russia'), 1977, 1983);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'ukraine'), 2060, 2067);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'united-states'), 13, 15);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'antony-blinken'), 35, 49);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 51, 55);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'united-states'), 109, 119);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'russia'), 146, 152);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 219, 223);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'russia'), 362, 368);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'belgium'), 385, 392);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 437, 441);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'russia'), 469, 475);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'united-states'), 515, 517);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'antony-blinken'), 591, 598);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'united-states'), 620, 622);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 676, 680);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'russia'), 733, 739);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'united-states'), 795, 797);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'vladimir-putin'), 844, 858);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'ukraine'), 943, 950);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 960, 964);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'united-states'), 1021, 1023);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'united-states'), 1042, 1044);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'joe-biden'), 1055, 1064);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'russia'), 1067, 1073);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 1230, 1234);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'ukraine'), 1300, 1307);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'russia'), 1460, 1466);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 1565, 1569);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'ukraine'), 1614, 1621);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 1717, 1751);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 1753, 1757);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 51, 53);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 58, 62);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 76, 82);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 303, 310);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 416, 423);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'belarus'), 439, 446);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 459, 465);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 513, 517);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 556, 569);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 666, 672);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 703, 710);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 713, 723);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 737, 739);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 754, 764);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'osce'), 838, 842);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 872, 878);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 965, 972);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 997, 1001);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 1053, 1066);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 1081, 1087);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 1203, 1213);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 1292, 1296);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 1372, 1379);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'georgia'), 1383, 1390);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 1398, 1406);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 1413, 1417);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 1586, 1593);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'joe-biden'), 1599, 1604);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 1636, 1642);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 1694, 1700);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 1709, 1722);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 1845, 1852);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 1868, 1878);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 1908, 1912);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 1919, 1921);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 1997, 2003);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 2145, 2155);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 2263, 2276);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'vladimir-putin'), 2336, 2341);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 2384, 2391);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 2454, 2464);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 2527, 2533);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 2594, 2600);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 2662, 2664);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 2752, 2762);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 2814, 2820);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 2930, 2940);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 2961, 2967);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 3112, 3116);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 3153, 3159);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 3292, 3296);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 3313, 3323);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 3374, 3380);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'vladimir-putin'), 3423, 3437);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'ukraine'), 3448, 3455);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 3471, 3475);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'russia'), 3491, 3497);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 3527, 3535);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'vladimir-putin'), 18, 32);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 90, 103);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 108, 112);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 230, 237);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'sergei-lavrov'), 469, 482);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 518, 531);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 540, 570);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 572, 576);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 598, 605);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 649, 656);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'vladimir-putin'), 869, 883);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 896, 902);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'sergei-lavrov'), 917, 923);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 936, 943);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 1074, 1084);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 1102, 1110);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 1205, 1211);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 1225, 1235);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 1240, 1244);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 1315, 1322);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 1331, 1335);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 1502, 1512);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 1517, 1523);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 1770, 1774);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'bulgaria'), 1800, 1808);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'romania'), 1813, 1820);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 1837, 1844);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 1885, 1892);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 1896, 1900);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 1960, 1966);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 2060, 2066);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 2206, 2213);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 2324, 2331);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 2356, 2363);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'joe-biden'), 2369, 2378);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'vladimir-putin'), 2438, 2443);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 2619, 2623);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 2664, 2671);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 2830, 2834);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 2947, 2951);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 3015, 3017);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'joe-biden'), 3028, 3037);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 3059, 3063);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 3109, 3111);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 3138, 3144);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 3148, 3155);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 3225, 3259);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'european-union'), 3301, 3315);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-kingdom'), 3321, 3335);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 3344, 3357);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 3375, 3379);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'canada'), 3412, 3418);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'denmark'), 3472, 3479);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 3557, 3561);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 3574, 3584);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-kingdom'), 3586, 3592);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 3638, 3645);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'turkey'), 3713, 3719);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'volodymyr-zelensky'), 3743, 3761);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'germany'), 3873, 3880);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 3945, 3952);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'germany'), 3963, 3969);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 4138, 4145);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 4200, 4206);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 4307, 4311);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'us-department-of-defense'), 4330, 4354);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 4377, 4379);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'denmark'), 4404, 4411);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'lithuania'), 4480, 4489);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'spain'), 4491, 4496);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'spain'), 4615, 4621);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'bulgaria'), 4666, 4674);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'netherlands'), 4686, 4697);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'bulgaria'), 4740, 4748);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'france'), 4772, 4778);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'romania'), 4798, 4805);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 4808, 4812);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'canada'), 4883, 4889);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'germany'), 4891, 4898);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-kingdom'), 4904, 4918);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 4927, 4940);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'latvia'), 4944, 4950);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'lithuania'), 4952, 4961);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'estonia'), 4963, 4970);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'poland'), 4975, 4981);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 5022, 5026);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 5092, 5094);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato'), 5329, 5333);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 5421, 5427);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'nato-russia-council'), 5447, 5466);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'us-state-department'), 5500, 5519);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ned-price'), 5530, 5539);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'united-states'), 5578, 5580);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'germany'), 5597, 5604);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 5679, 5685);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 5694, 5701);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'germany'), 5765, 5772);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'annalena-baerbock'), 5774, 5791);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 5853, 5859);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'ukraine'), 5968, 5975);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'dmitry-medvedev'), 0, 8);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russian-security-council'), 29, 54);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 72, 80);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 112, 122);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 148, 154);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 200, 214);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'alexander-grushko'), 251, 267);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 273, 275);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 334, 347);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 368, 370);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'joe-biden'), 420, 429);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 534, 538);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 575, 581);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 604, 612);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'john-sullivan'), 649, 662);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 668, 670);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 685, 691);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russian-foreign-ministry'), 723, 747);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 811, 817);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 828, 835);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 878, 884);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 898, 908);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 985, 991);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 1045, 1051);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'vladimir-putin'), 1105, 1110);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 1180, 1182);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 1252, 1262);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 1383, 1387);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 1464, 1472);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 1507, 1509);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 1584, 1590);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 1610, 1618);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 1643, 1650);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 1760, 1767);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 1910, 1914);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 1923, 1927);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 2000, 2006);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2123, 2136);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2168, 2170);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2248, 2250);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 2280, 2286);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 2343, 2350);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2421, 2431);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 2445, 2451);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 2528, 2535);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2546, 2548);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 2566, 2572);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 2606, 2613);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 2628, 2632);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2660, 2662);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 2721, 2727);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2770, 2772);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 2812, 2823);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2871, 2884);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 2918, 2924);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 2926, 2936);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 3001, 3007);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 3048, 3055);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 3060, 3064);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 3066, 3070);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 3089, 3105);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 3122, 3128);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 3182, 3193);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 3249, 3253);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 3291, 3295);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 3478, 3482);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 3586, 3593);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'georgia'), 3598, 3605);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 3639, 3647);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 3675, 3681);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'georgia'), 3712, 3719);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 3721, 3728);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'moldova'), 3733, 3740);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 3752, 3763);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 3806, 3812);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 3817, 3821);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 3860, 3866);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'ukraine'), 3882, 3886);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 3945, 3947);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'mykhailo-podoliak'), 3956, 3973);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 4023, 4029);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'vladimir-putin'), 4099, 4104);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 4172, 4174);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 4194, 4200);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 4238, 4248);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 4311, 4315);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 4318, 4324);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 4517, 4523);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 4697, 4703);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'dmitry-medvedev'), 4740, 4755);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russian-security-council'), 4776, 4801);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'nato'), 4815, 4819);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russia'), 4867, 4873);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'soviet-union'), 4950, 4962);
insert into actor_mention (article_id, actor_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'dmitry-medvedev'), 4997, 5005);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from demand where slug = 'no-nato-enlargement'), 806, 883);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from demand where slug = 'nato-1997-rollback'), 900, 1015);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from demand where slug = 'legally-binding-guarantees'), 1239, 1339);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from demand where slug = 'no-bases-in-former-soviet-states'), 1447, 1605);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from demand where slug = 'no-bases-in-former-soviet-states'), 1607, 1740);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from demand where slug = 'no-nato-enlargement'), 1752, 1804);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from demand where slug = 'no-military-activity-east'), 1806, 1944);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from demand where slug = 'no-nato-enlargement'), 1524, 1637);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from demand where slug = 'no-intermediate-range-missiles'), 1643, 1710);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from demand where slug = 'indivisible-security'), 872, 950);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from demand where slug = 'no-nato-enlargement'), 1296, 1335);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from demand where slug = 'no-military-activity-east'), 1337, 1469);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from demand where slug = 'no-intermediate-range-missiles'), 1474, 1587);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from demand where slug = 'nato-1997-rollback'), 1601, 1787);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from demand where slug = 'no-nato-enlargement'), 1833, 1914);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from demand where slug = 'nato-1997-rollback'), 516, 581);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from demand where slug = 'no-nato-enlargement'), 586, 646);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from demand where slug = 'no-nato-enlargement'), 1584, 1650);
insert into demand_mention (article_id, demand_id, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from demand where slug = 'no-nato-enlargement'), 4290, 4349);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), null, 'diplomatic sources of the Atlantic Alliance consulted by AFP', 265, 274);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), null, 'said a European official', 314, 470);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), null, 'the same European official (“he added”)', 501, 564);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'sergei-ryabkov'), 'stressed Russian Deputy Foreign Minister Sergey Riabkov (called “Vice Chancellor” in the text) when presenting the two draft treaties to the press', 1239, 1339);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'russia'), 'wording of the Russian treaty proposals', 1664, 1689);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), (select id from actor where slug = 'russia'), 'wording of the Russian treaty proposals', 1700, 1738);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '000_9c0e0673cd2d66e7.txt'), null, 'Western countries, demanding that Russia de-escalate tensions with the Ukrainian government', 2081, 2092);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '001_3e1338e84fc86e8a.txt'), (select id from actor where slug = 'nato'), 'NATO''s written response, as reported by Deutsche Presse-Agentur', 495, 507);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 'the NATO statement said', 314, 506);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'Washington warned (US written response)', 536, 710);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'the US response said Washington was ready to discuss the concept', 802, 825);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'the text (US written response) notes', 1114, 1195);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'the Washington document made it clear from the outset', 1262, 1315);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'nato'), 'the NATO text emphasizes', 1547, 1575);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'the Biden administration is proposing to Russia (US written response)', 1644, 1672);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'US written response, on what Russia and the United States would agree', 1738, 1852);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'the US document states', 1953, 2086);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'the US document, on issues Washington is ready to discuss', 2160, 2206);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'the United States says (US written response)', 2317, 2325);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '002_73428c9fd92591ec.txt'), (select id from actor where slug = 'united-states'), 'Washington complains (US written response)', 2527, 2646);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'russia'), 'the Kremlin noted', 250, 263);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '003_704011b801f09680.txt'), (select id from actor where slug = 'sergei-lavrov'), 'Russian Foreign Minister Sergei Lavrov (“the highest representative of Russian diplomacy”) pointed out', 784, 800);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'dmitry-medvedev'), 'Medvedev, deputy chairman of Russia''s Security Council, has accused the Alliance', 85, 109);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 'Blinken explained at a press conference', 773, 825);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 'the Secretary of State hopes to hold a “follow-up” meeting with Lavrov', 961, 970);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 'he (Blinken) said', 994, 1138);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 'Washington hopes to, in the US response', 1273, 1300);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 'the Secretary of State stressed', 1361, 1413);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 'he (Blinken) reiterated his defence of the Alliance''s “open door policy”', 1476, 1492);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 'he (Blinken) said', 1654, 1888);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), null, 'The Washington Post (“the US newspaper said”)', 2168, 2241);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 'Lavrov said during a press briefing following his meeting with Blinken on Friday', 2367, 2413);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'antony-blinken'), 'Blinken said', 2490, 2525);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'united-states'), 'the US has long accused Russia of planning “aggression” against Ukraine', 2586, 2596);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 'NATO Secretary General Jens Stoltenberg urged Russia in a separate document', 3133, 3156);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 'Stoltenberg warned that NATO “is prepared for the worst”', 3255, 3280);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 'the Norwegian politician (Stoltenberg) recalled', 3537, 3571);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'jens-stoltenberg'), 'he (Stoltenberg) called on Russia (“clothes” is evidently a mistranslation of “forces”)', 3686, 3740);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'mykhailo-podoliak'), 'Mykhailo Podoliak, a Ukrainian presidential adviser, told CNN', 4070, 4095);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 'Minister Lavrov noted', 4250, 4315);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 'the head of Russian diplomacy (Lavrov) stresses', 4454, 4493);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'russian-foreign-ministry'), 'Lavrov''s ministry', 4539, 4575);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'sergei-lavrov'), 'the diplomat (Lavrov) told Russia''s Interfax news agency', 4579, 4676);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'dmitry-medvedev'), 'Medvedev said', 4886, 4994);
insert into quote (article_id, speaker_id, attribution, start_offset, end_offset) values ((select id from article where source_name = '004_4efa51a7752c072d.txt'), (select id from actor where slug = 'dmitry-medvedev'), 'he (Medvedev) added', 5013, 5065);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '001_3e1338e84fc86e8a.txt'), 585, 717);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'indivisible-security'), (select id from actor where slug = 'united-states'), 'OPEN_TO_TALKS', (select id from article where source_name = '002_73428c9fd92591ec.txt'), 733, 827);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'indivisible-security'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '002_73428c9fd92591ec.txt'), 1029, 1097);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '002_73428c9fd92591ec.txt'), 1199, 1407);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'nato'), 'REJECTED', (select id from article where source_name = '002_73428c9fd92591ec.txt'), 1409, 1458);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-military-activity-east'), (select id from actor where slug = 'united-states'), 'OPEN_TO_TALKS', (select id from article where source_name = '002_73428c9fd92591ec.txt'), 1595, 1854);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-intermediate-range-missiles'), (select id from actor where slug = 'united-states'), 'OPEN_TO_TALKS', (select id from article where source_name = '002_73428c9fd92591ec.txt'), 2752, 2888);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '004_4efa51a7752c072d.txt'), 407, 492);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'nato-1997-rollback'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '004_4efa51a7752c072d.txt'), 407, 492);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '004_4efa51a7752c072d.txt'), 1323, 1414);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '004_4efa51a7752c072d.txt'), 1575, 1650);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'nato'), 'REJECTED', (select id from article where source_name = '004_4efa51a7752c072d.txt'), 3484, 3647);
insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset) values ((select id from demand where slug = 'no-nato-enlargement'), (select id from actor where slug = 'united-states'), 'REJECTED', (select id from article where source_name = '004_4efa51a7752c072d.txt'), 4212, 4316);
