import login from "./login.js";
import loginCode from "./login-code.js";
import logout from "./logout.js";
import me from "./me.js";
import setPassword from "./set-password.js";
import switchOrganisation from "./switch-organisation.js";
import updateMe from "./update-me.js";

export const authRoutes = [login, loginCode, logout, me, updateMe, setPassword, switchOrganisation];
