import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-DDV2XPRA.js";
import "./chunk-HNQZCHQR.js";
import "./chunk-SFUWLBPD.js";
import "./chunk-XUR4R4XS.js";
import "./chunk-W47JOMVU.js";
import "./chunk-VTKGBLKJ.js";
import "./chunk-OU746ASQ.js";
import "./chunk-7NRUIF3I.js";
import "./chunk-PFUJ36V2.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-4QZDXL4F.js";
import "./chunk-4C7HI6MF.js";
import "./chunk-UV73XVDV.js";
import "./chunk-ZDPISML2.js";
import "./chunk-CRJNI5SM.js";
import "./chunk-ZCGRXSVN.js";
import "./chunk-SIWOL6LA.js";
export {
  runApplyCr
};
