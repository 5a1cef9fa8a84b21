// Prints the FIT Profile's sport and sub_sport names as Garmin's JavaScript SDK spells them, for the test that holds
// the decoder's own name table against them. Usage: node profile-names.mjs
import { Profile } from "@garmin/fitsdk";

process.stdout.write(JSON.stringify({ sport: Profile.types.sport, subSport: Profile.types.subSport }));
